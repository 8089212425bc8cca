using SendPlatform.EhcAssessments.Domain.Cases;
using SendPlatform.ServiceDefaults.Grpc;
using Proto = SendPlatform.Contracts.Ehcp.V1;

namespace SendPlatform.EhcAssessments.Api;

/// <summary>Wire → a request for assessment and a decision: identifiers and dates parsed once, every problem a field violation.</summary>
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
