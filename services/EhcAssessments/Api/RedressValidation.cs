using System.Text.RegularExpressions;
using SendPlatform.EhcAssessments.Domain.Redress;
using Proto = SendPlatform.Contracts.Ehcp.V1;

namespace SendPlatform.EhcAssessments.Api;

/// <summary>Wire → mediation, appeals and outcomes: the subject, dates not in the future, every problem a field violation.</summary>
public static partial class RedressValidation
{
    public static DisagreementSubject Subject(Proto.DisagreementSubject wire, Violations v)
    {
        var subject = (DisagreementSubject)(int)wire;
        if (!Enum.IsDefined(subject)) v.Add("subject", "must be NOT_TO_ASSESS, NOT_TO_ISSUE, PLAN_CONTENTS or CEASING");
        return subject;
    }

    public static MediationFacts? Mediation(Proto.RecordMediationRequest r, DateOnly today, Violations v)
    {
        var contacted = CaseValidation.Day(r.AdviserContactedOn, "adviser_contacted_on", today, v, required: true);
        var held = CaseValidation.Day(r.MediationHeldOn, "mediation_held_on", today, v, required: false);
        var certificate = CaseValidation.Day(r.CertificateIssuedOn, "certificate_issued_on", today, v, required: false);
        return v.Any ? null : new MediationFacts(contacted!.Value, r.WantsMediation, held, certificate);
    }

    public static (DateOnly On, string? Reference) Appeal(Proto.RegisterAppealRequest r, DateOnly today, Violations v)
    {
        var on = CaseValidation.Day(r.RegisteredOn, "registered_on", today, v, required: true);
        var reference = string.IsNullOrWhiteSpace(r.TribunalReference) ? null : r.TribunalReference.Trim();
        if (reference is not null && !TribunalReference().IsMatch(reference))
            v.Add("tribunal_reference", "must be at most 30 letters, digits, '/' or '-'");
        return (on ?? default, reference);
    }

    public static (AppealOutcome Outcome, DateOnly On) Outcome(Proto.RecordAppealOutcomeRequest r, DateOnly today, Violations v)
    {
        var outcome = (AppealOutcome)(int)r.Outcome;
        if (!Enum.IsDefined(outcome)) v.Add("outcome", "must be UPHELD, DISMISSED, WITHDRAWN or CONCEDED");
        var on = CaseValidation.Day(r.DecidedOn, "decided_on", today, v, required: true);
        return (outcome, on ?? default);
    }

    [GeneratedRegex("^[A-Za-z0-9/-]{1,30}$")]
    private static partial Regex TribunalReference();
}
