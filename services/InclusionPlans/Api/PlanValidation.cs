using SendPlatform.InclusionPlans.Domain.Partnerships;
using SendPlatform.InclusionPlans.Domain.Plans;
using SendPlatform.ServiceDefaults.Grpc;
using Proto = SendPlatform.Contracts.Inclusion.V1;

namespace SendPlatform.InclusionPlans.Api;

/// <summary>Requests parsed into the domain's terms at the edge, each problem reported against its field.</summary>
public static class PlanValidation
{
    public static string? La(string text, Violations v)
    {
        if (LaCode.TryParse(text, out var la, out var reason)) return la.Value.Value;
        v.Add("la_code", reason);
        return null;
    }

    public static Guid? Id(string text, Violations v, string field = "id")
    {
        if (Guid.TryParse(text, out var id)) return id;
        v.Add(field, "is not a plan id");
        return null;
    }

    public static IReadOnlyList<PartnershipMember> Members(IEnumerable<Proto.PartnershipMember> members, Violations v)
    {
        var parsed = new List<PartnershipMember>();
        var i = 0;
        foreach (var m in members)
        {
            var at = $"members[{i++}]";
            var id = m.OrganisationId.Trim();
            var name = m.Name.Trim();
            if (id.Length is 0 or > 100) v.Add($"{at}.organisation_id", "is required (at most 100 characters)");
            if (name.Length is 0 or > 200) v.Add($"{at}.name", "is required (at most 200 characters)");
            if (!Enum.IsDefined((PartnerRole)(int)m.Role)) v.Add($"{at}.role", "is not a partnership role");
            parsed.Add(new PartnershipMember(id, name, (PartnerRole)(int)m.Role));
        }
        PartnershipRules.Check(parsed, v);
        return parsed;
    }

    /// <summary>The content's shape; what it must be against the standards is PlanContentRules, once the version is known.</summary>
    public static PlanContent? Content(Proto.PlanContent? content, Violations v)
    {
        if (content is null)
        {
            v.Add("content", "is required");
            return null;
        }
        var version = content.StandardsVersion.Trim();
        if (version.Length is 0 or > 20) v.Add("content.standards_version", "is required (e.g. 2026.1)");

        var commitments = content.Commitments.Select((c, i) =>
        {
            var at = $"content.commitments[{i}]";
            var due = WireFormats.Date(c.DueDate, $"{at}.due_date", v, required: true);
            if (!Enum.IsDefined((Rag)(int)c.Status)) v.Add($"{at}.status", "must be RAG_RED, RAG_AMBER or RAG_GREEN");
            return new Commitment(c.StandardCode.Trim(), c.Actions.Trim(), c.Owner.Trim(), due ?? default, (Rag)(int)c.Status, c.Complete);
        }).ToList();
        var sufficiency = content.Sufficiency.Select(s => new SufficiencyLine(s.NeedCode.Trim().ToUpperInvariant(), s.ProvisionType.Trim(),
            s.CurrentPlaces, [.. s.ForecastDemand], [.. s.PlannedNewPlaces])).ToList();
        var ap = content.ApService.Select((a, i) =>
        {
            if (!Enum.IsDefined((ApTier)(int)a.Tier)) v.Add($"content.ap_service[{i}].tier", "is not an AP tier");
            return new ApServiceLine((ApTier)(int)a.Tier, [.. a.Places]);
        }).ToList();
        return new PlanContent(content.PeriodStartYear, content.PeriodEndYear, version, commitments, sufficiency, ap);
    }

    public static string? Text(string text, string field, int max, Violations v)
    {
        var value = text.Trim();
        if (value.Length == 0 || value.Length > max)
        {
            v.Add(field, $"is required (at most {max} characters)");
            return null;
        }
        return value;
    }
}
