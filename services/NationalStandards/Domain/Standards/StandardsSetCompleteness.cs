using SendPlatform.NationalStandards.Domain.Reference;

namespace SendPlatform.NationalStandards.Domain.Standards;

/// <summary>
/// What a set must satisfy before it is published: at least one standard, each with a requirement; codes unique;
/// every need code and provision type known; ordinarily available provision for every need a mainstream setting
/// meets (all but NSA); and each provision type matched at most once.
/// </summary>
public static class StandardsSetCompleteness
{
    public static IReadOnlyList<FieldViolation> Problems(StandardsSetContent content, ReferenceCatalogue catalogue)
    {
        var problems = new List<FieldViolation>();
        if (content.Standards.Count == 0) problems.Add(new("content.standards", "a set needs at least one standard"));

        var seenCodes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < content.Standards.Count; i++)
        {
            var standard = content.Standards[i];
            var path = $"content.standards[{i}]";
            if (!seenCodes.Add(standard.Code)) problems.Add(new($"{path}.code", $"code '{standard.Code}' is used more than once"));
            if (standard.Requirements.Count == 0) problems.Add(new($"{path}.requirements", $"standard '{standard.Code}' has no measurable requirement"));
            UnknownNeeds(standard.NeedCodes, $"{path}.need_codes", catalogue, problems);
            for (var j = 0; j < standard.ProvisionTypes.Count; j++)
            {
                if (!catalogue.IsProvisionType(standard.ProvisionTypes[j]))
                    problems.Add(new($"{path}.provision_types[{j}]", $"unknown provision type '{standard.ProvisionTypes[j]}'"));
            }
        }

        var covered = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < content.OrdinarilyAvailable.Count; i++)
        {
            var oap = content.OrdinarilyAvailable[i];
            var path = $"content.ordinarily_available[{i}]";
            if (!catalogue.IsNeedCode(oap.NeedCode)) problems.Add(new($"{path}.need_code", $"unknown need code '{oap.NeedCode}'"));
            else if (!covered.Add(oap.NeedCode)) problems.Add(new($"{path}.need_code", $"need code '{oap.NeedCode}' is described more than once"));
        }
        foreach (var need in catalogue.NeedTypes.Where(n => n.ValidWith(SenProvision.EhcPlan) && !covered.Contains(n.Code)).OrderBy(n => n.Code))
        {
            problems.Add(new("content.ordinarily_available", $"no ordinarily available provision for need code '{need.Code}'"));
        }

        var matched = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < content.ProvisionMatches.Count; i++)
        {
            var match = content.ProvisionMatches[i];
            var path = $"content.provision_matches[{i}]";
            if (!catalogue.IsProvisionType(match.ProvisionType)) problems.Add(new($"{path}.provision_type", $"unknown provision type '{match.ProvisionType}'"));
            else if (!matched.Add(match.ProvisionType)) problems.Add(new($"{path}.provision_type", $"provision type '{match.ProvisionType}' is matched more than once"));
            UnknownNeeds(match.NeedCodes, $"{path}.need_codes", catalogue, problems);
        }
        if (content.ProvisionMatches.Count == 0) problems.Add(new("content.provision_matches", "a set must say which provision types meet which needs"));
        return problems;
    }

    private static void UnknownNeeds(IReadOnlyList<string> codes, string path, ReferenceCatalogue catalogue, List<FieldViolation> problems)
    {
        for (var j = 0; j < codes.Count; j++)
        {
            if (!catalogue.IsNeedCode(codes[j])) problems.Add(new($"{path}[{j}]", $"unknown need code '{codes[j]}'"));
        }
    }
}
