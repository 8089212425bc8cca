using Google.Protobuf;
using SendPlatform.EhcAssessments.Application;
using SendPlatform.EhcAssessments.Domain.Cases;
using SendPlatform.EhcAssessments.Domain.Plans;
using SendPlatform.ServiceDefaults.Grpc;
using Proto = SendPlatform.Contracts.Ehcp.V1;

namespace SendPlatform.EhcAssessments.Api;

/// <summary>Wire → requests, decisions, exceptions and plans: identifiers and dates parsed once, every problem a field violation.</summary>
public static class CaseValidation
{
    private const int MaxNameLength = 100;
    private const int MaxReasonLength = 2000;

    public static AssessmentRequest? Request(Proto.RequestAssessmentRequest r, DateOnly today, Violations v)
    {
        if (!LaCode.TryParse(r.LaCode, out var la, out var laReason)) v.Add("la_code", laReason);
        var child = Child(r.Child, today, v);
        var source = (RequestSource)(int)r.Source;
        if (!Enum.IsDefined(source)) v.Add("source", "must be PARENT, YOUNG_PERSON or SETTING");
        string? settingUrn = null;
        if (!string.IsNullOrWhiteSpace(r.RequestingSettingUrn))
        {
            if (Urn.TryParse(r.RequestingSettingUrn, out var urn, out var urnReason)) settingUrn = urn.Value.Value;
            else v.Add("requesting_setting_urn", urnReason);
        }
        var received = WireFormats.Date(r.ReceivedOn, "received_on", v, required: true);
        if (v.Any) return null;
        var request = new AssessmentRequest(la!.Value.Value, child!, source, settingUrn, received!.Value);
        RequestRules.Check(request, today, v);
        return v.Any ? null : request;
    }

    public static (AssessmentDecision Decision, DateOnly On, string? Reason) Decision(Proto.DecideAssessmentRequest r, DateOnly today, Violations v)
    {
        var decision = (AssessmentDecision)(int)r.Decision;
        if (!Enum.IsDefined(decision)) v.Add("decision", "must be ASSESS or NOT_ASSESS");
        var on = WireFormats.Date(r.DecidedOn, "decided_on", v, required: true);
        if (on > today) v.Add("decided_on", "must not be in the future");
        var reason = string.IsNullOrWhiteSpace(r.Reason) ? null : r.Reason.Trim();
        if (decision == AssessmentDecision.NotAssess && reason is null) v.Add("reason", "is required when the LA decides not to assess: the family must be told why");
        if (reason is { Length: > MaxReasonLength }) v.Add("reason", $"must be at most {MaxReasonLength} characters");
        return (decision, on ?? default, reason);
    }

    public static (IssueDecision Decision, DateOnly On, string? Reason) Decision(Proto.DecideToIssueRequest r, DateOnly today, Violations v)
    {
        var decision = (IssueDecision)(int)r.Decision;
        if (!Enum.IsDefined(decision)) v.Add("decision", "must be ISSUE or NOT_ISSUE");
        var on = WireFormats.Date(r.DecidedOn, "decided_on", v, required: true);
        if (on > today) v.Add("decided_on", "must not be in the future");
        var reason = string.IsNullOrWhiteSpace(r.Reason) ? null : r.Reason.Trim();
        if (decision == IssueDecision.NotIssue && reason is null) v.Add("reason", "is required when the LA decides not to issue a plan: the family must be told why");
        if (reason is { Length: > MaxReasonLength }) v.Add("reason", $"must be at most {MaxReasonLength} characters");
        return (decision, on ?? default, reason);
    }

    public static TimescaleException? Exception(Proto.RecordExceptionRequest r, DateOnly today, Violations v)
    {
        var kind = (ExceptionKind)(int)r.Kind;
        if (!Enum.IsDefined(kind)) v.Add("kind", "must be SCHOOL_CLOSURE, PERSONAL_CIRCUMSTANCES or ABSENT_FROM_AREA");
        var started = WireFormats.Date(r.StartedOn, "started_on", v, required: true);
        if (started > today) v.Add("started_on", "must not be in the future");
        var ended = WireFormats.Date(r.EndedOn, "ended_on", v, required: false);
        if (ended < started) v.Add("ended_on", "must not be before started_on");
        return v.Any ? null : new TimescaleException(kind, started!.Value, ended);
    }

    public static AnnualReview? Review(Proto.RecordReviewRequest r, DateOnly today, Violations v)
    {
        var meeting = WireFormats.Date(r.MeetingOn, "meeting_on", v, required: true);
        if (meeting > today) v.Add("meeting_on", "must not be in the future");
        var decision = (ReviewDecision)(int)r.Decision;
        if (!Enum.IsDefined(decision)) v.Add("decision", "must be MAINTAIN, AMEND or CEASE");
        var decided = WireFormats.Date(r.DecidedOn, "decided_on", v, required: true);
        if (decided > today) v.Add("decided_on", "must not be in the future");
        return v.Any ? null : new AnnualReview(meeting!.Value, decision, decided!.Value);
    }

    public static (DateOnly On, CeaseReason Reason) Cessation(Proto.CeasePlanRequest r, DateOnly today, Violations v) =>
        Cessation(r.CeasedOn, "ceased_on", r.Reason, today, v);

    public static (DateOnly On, CeaseReason Reason) DecisionToCease(Proto.DecideToCeaseRequest r, DateOnly today, Violations v)
    {
        var (on, reason) = Cessation(r.DecidedOn, "decided_on", r.Reason, today, v);
        if (reason is CeaseReason.Died or CeaseReason.MovedToAnotherLa) v.Add("reason", "DIED and MOVED_TO_ANOTHER_LA end the plan at once: cease it instead");
        return (on, reason);
    }

    private static (DateOnly On, CeaseReason Reason) Cessation(string date, string field, Proto.CeaseReason wire, DateOnly today, Violations v)
    {
        var on = WireFormats.Date(date, field, v, required: true);
        if (on > today) v.Add(field, "must not be in the future");
        var reason = (CeaseReason)(int)wire;
        if (!Enum.IsDefined(reason)) v.Add("reason", "must be one of the CeaseReason values, e.g. NO_LONGER_NECESSARY");
        return (on ?? default, reason);
    }

    public static (string ToLaCode, DateOnly On) Transfer(Proto.TransferPlanRequest r, DateOnly today, Violations v)
    {
        if (!LaCode.TryParse(r.ToLaCode, out var la, out var laReason)) v.Add("to_la_code", laReason);
        var on = WireFormats.Date(r.TransferredOn, "transferred_on", v, required: true);
        if (on > today) v.Add("transferred_on", "must not be in the future");
        return (la?.Value ?? "", on ?? default);
    }

    /// <summary>The plan, its issue date and, for a final plan, when the family answered the draft.</summary>
    public static (PlanDocument? Plan, DateOnly IssuedOn, DateOnly? FamilyRespondedOn) Plan(Proto.IssuePlanRequest r, PlanKind kind, DateOnly today, Violations v)
    {
        var issued = WireFormats.Date(r.IssuedOn, "issued_on", v, required: true);
        if (issued > today) v.Add("issued_on", "must not be in the future");
        var responded = WireFormats.Date(r.FamilyRespondedOn, "family_responded_on", v, required: false);
        if (responded is not null && kind != PlanKind.Final) v.Add("family_responded_on", "is for the final plan only");
        if (responded > today) v.Add("family_responded_on", "must not be in the future");
        if (r.Plan is null)
        {
            v.Add("plan", "is required");
            return (null, issued ?? default, responded);
        }
        string? urn = null;
        if (!string.IsNullOrWhiteSpace(r.Plan.IPlacement?.Urn))
        {
            if (Urn.TryParse(r.Plan.IPlacement.Urn, out var parsed, out var urnReason)) urn = parsed.Value.Value;
            else v.Add("plan.i_placement.urn", urnReason);
        }
        var facts = new PlanFacts(Blank(r.Plan.BSpecialEducationalNeeds?.PrimaryNeedCode), Blank(r.Plan.IPlacement?.ProvisionType), urn);
        var band = Blank(r.Plan.IPlacement?.FundingBand);
        if (band is { Length: > 10 }) v.Add("plan.i_placement.funding_band", "must be a band code of at most 10 characters, e.g. B1");
        if (band is not null && facts.ProvisionType is null) v.Add("plan.i_placement.provision_type", "is required to price the funding band");
        return (new PlanDocument(JsonFormatter.Default.Format(r.Plan), facts, band), issued ?? default, responded);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>A day the wire names, which must not be in the future (in England).</summary>
    public static DateOnly? Day(string text, string field, DateOnly today, Violations v, bool required)
    {
        var day = WireFormats.Date(text, field, v, required);
        if (day > today) v.Add(field, "must not be in the future");
        return day;
    }

    public static Guid CaseId(string text, Violations v, string field = "id")
    {
        if (Guid.TryParse(text, out var id)) return id;
        v.Add(field, "is not a case id");
        return default;
    }

    private static Child? Child(Proto.Child? c, DateOnly today, Violations v)
    {
        if (c is null)
        {
            v.Add("child", "is required");
            return null;
        }
        var given = Name(c.GivenName, "child.given_name", v);
        var family = Name(c.FamilyName, "child.family_name", v);
        var dob = WireFormats.Date(c.DateOfBirth, "child.date_of_birth", v, required: true);
        if (dob > today) v.Add("child.date_of_birth", "must not be in the future");
        if (c.Sex is not ("M" or "F" or "U")) v.Add("child.sex", "must be M, F or U (not known)");
        if (!Postcode.TryParse(c.Postcode, out var postcode, out var postcodeReason)) v.Add("child.postcode", postcodeReason);
        string? upn = null;
        if (!string.IsNullOrWhiteSpace(c.Upn))
        {
            if (Upn.TryParse(c.Upn, out var parsed, out var upnReason)) upn = parsed.Value.Value;
            else v.Add("child.upn", upnReason);
        }
        return v.Any ? null : new Child(given!, family!, dob!.Value, c.Sex, postcode!.Value.Value, upn);
    }

    private static string? Name(string text, string field, Violations v)
    {
        var name = text.Trim();
        if (name.Length == 0) v.Add(field, "is required");
        else if (name.Length > MaxNameLength) v.Add(field, $"must be at most {MaxNameLength} characters");
        return name;
    }
}
