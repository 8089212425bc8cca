using SendPlatform.EhcAssessments.Domain.Cases;
using SendPlatform.EhcAssessments.Domain.Plans;
using SendPlatform.EhcAssessments.Domain.Redress;

namespace SendPlatform.EhcAssessments.Domain.Returns;

/// <summary>
/// Which of an LA's cases a SEN2 return holds, and what it says of each, as the guide's "cases to be included": a plan
/// in force on the census day, a plan ceased in the period, work decided in the period, and work still open. One case
/// is one request; a child with several requests is one person, known by UPN or, without one, by name and birth date.
/// </summary>
public static class Sen2Cases
{
    public static IReadOnlyList<Sen2Person> People(IEnumerable<EhcCase> cases, Sen2Period period) =>
        cases.Where(c => Included(c, period))
            .GroupBy(c => c.Child.Upn ?? $"{c.Child.FamilyName}\n{c.Child.GivenName}\n{c.Child.DateOfBirth:O}")
            .Select(g => Person(g.OrderBy(c => c.ReceivedOn).ThenBy(c => c.Sequence).ToList(), period))
            .OrderBy(p => p.Surname, StringComparer.Ordinal).ThenBy(p => p.Forename, StringComparer.Ordinal).ThenBy(p => p.BirthDate)
            .ToList();

    public static bool Included(EhcCase c, Sen2Period period)
    {
        if (!period.Happened(c.ReceivedOn)) return false;
        if (ActiveOn(c, period)) return true;
        if (period.InPeriod(c.CeasedOn)) return true;
        if (!period.Happened(c.AssessmentDecidedOn) || period.InPeriod(c.AssessmentDecidedOn)) return true;
        return c.AssessmentDecision == AssessmentDecision.Assess && c.CeasedOn is null
               && (!period.Happened(c.IssueDecidedOn) || period.InPeriod(c.IssueDecidedOn));
    }

    /// <summary>Issued by the census day and not ceased by it.</summary>
    public static bool ActiveOn(EhcCase c, Sen2Period period) =>
        period.Happened(c.PlanIssuedOn) && !period.Happened(c.CeasedOn);

    private static Sen2Person Person(List<EhcCase> cases, Sen2Period period)
    {
        var child = cases[^1].Child;
        var underSix = RequestRules.AgeOn(child.DateOfBirth, period.CensusDate) < 6;
        return new Sen2Person(child.FamilyName, child.GivenName, child.DateOfBirth, child.Sex, child.Postcode, child.Upn,
            child.Upn is null && underSix ? Sen2Codes.UpnUnknownUnderSix : null,
            [.. cases.Select(c => Request(c, period))]);
    }

    private static Sen2Request Request(EhcCase c, Sen2Period period)
    {
        // A plan that transferred in is historical for the receiving LA: it made neither decision (the guide, module 3).
        var transferredIn = c.TransferredFromLa is not null;
        var (outcome, date) = transferredIn ? (Sen2Codes.Historical, null) : Decision(c.AssessmentDecidedOn, c.AssessmentDecision == AssessmentDecision.Assess, period);
        var assessed = outcome == Sen2Codes.Decided || (outcome == Sen2Codes.Historical && c.AssessmentDecision == AssessmentDecision.Assess);
        return new Sen2Request(c.Id, c.ReceivedOn, Sen2Codes.Source(c.Source), outcome, date,
            Mediated(c, DisagreementSubject.NotToAssess, period), Appealed(c, DisagreementSubject.NotToAssess, period),
            assessed ? Assessment(c, period, transferredIn) : null,
            ActiveOn(c, period) ? ActivePlan(c, period) : null);
    }

    private static Sen2Assessment Assessment(EhcCase c, Sen2Period period, bool transferredIn)
    {
        var (outcome, decidedOn) = transferredIn ? (Sen2Codes.Historical, null) : Decision(c.IssueDecidedOn, c.IssueDecision == IssueDecision.Issue, period);
        // Y is dated by the plan's issue and N by the decision; a decision to issue with no plan yet has no date.
        var date = outcome == Sen2Codes.Decided ? (period.Happened(c.PlanIssuedOn) ? c.PlanIssuedOn : null) : decidedOn;
        var issued = period.Happened(c.PlanIssuedOn) && c.IssuedPlan?.SettingUrn is { } urn
            ? new Sen2NamedPlan(CurrentPlanDate(c, period), urn,
                period.Happened(c.CeasedOn) ? c.CeasedOn : null,
                period.Happened(c.CeasedOn) && c.CeaseReason is { } reason ? Sen2Codes.Reason(reason) : null)
            : null;
        return new Sen2Assessment(outcome, date,
            Mediated(c, DisagreementSubject.NotToIssue, period), Appealed(c, DisagreementSubject.NotToIssue, period),
            Mediated(c, DisagreementSubject.PlanContents, period) || Mediated(c, DisagreementSubject.Ceasing, period),
            Appealed(c, DisagreementSubject.PlanContents, period) || Appealed(c, DisagreementSubject.Ceasing, period),
            outcome is Sen2Codes.Decided or Sen2Codes.DecidedNot ? c.HasException : null,
            issued);
    }

    private static Sen2ActivePlan ActivePlan(EhcCase c, Sen2Period period)
    {
        var review = c.Reviews.LastOrDefault(r => period.Happened(r.MeetingOn));
        return new Sen2ActivePlan(
            period.InPeriod(c.TransferredOn) ? c.TransferredFromLa : null,
            review?.MeetingOn,
            review is not null && period.Happened(review.DecidedOn) ? review.DecidedOn : null,
            c.IssuedPlan!.SettingUrn!,
            c.IssuedPlan.PrimaryNeed);
    }

    /// <summary>The outcome of a decision as the return codes it; only Y and N carry their date.</summary>
    private static (string Outcome, DateOnly? Date) Decision(DateOnly? decidedOn, bool yes, Sen2Period period) => decidedOn switch
    {
        null => (Sen2Codes.NotYetDecided, null),
        { } on when !period.Happened(on) => (Sen2Codes.NotYetDecided, null),
        { } on when period.Historical(on) => (Sen2Codes.Historical, null),
        { } on => (yes ? Sen2Codes.Decided : Sen2Codes.DecidedNot, on),
    };

    /// <summary>"Date of current EHC plan": the latest final or amended plan issued by the census day.</summary>
    private static DateOnly CurrentPlanDate(EhcCase c, Sen2Period period) =>
        c.PlanVersions.Where(v => v.Kind != PlanKind.Draft && period.Happened(v.IssuedOn)).Max(v => v.IssuedOn);

    private static bool Mediated(EhcCase c, DisagreementSubject subject, Sen2Period period) =>
        c.Disagreements.Any(d => d.Subject == subject && period.Happened(d.MediationHeldOn));

    private static bool Appealed(EhcCase c, DisagreementSubject subject, Sen2Period period) =>
        c.Disagreements.Any(d => d.Subject == subject && period.Happened(d.AppealRegisteredOn));
}
