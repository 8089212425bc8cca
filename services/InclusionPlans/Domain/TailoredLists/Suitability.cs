namespace SendPlatform.InclusionPlans.Domain.TailoredLists;

/// <summary>
/// Which provision types can meet a child's need: those the national standards in force match to the need. Specialist
/// settings (special schools, specialist post-16 institutions) admit children with an EHC plan naming them, so a
/// child on SEN support or with no SEN is offered only the others. Mainstream and resourced provision come first on
/// the list, where they can meet the need (the SEND Review's presumption of mainstream), then the rest; each group
/// nearest first.
/// </summary>
public static class Suitability
{
    public static readonly IReadOnlySet<string> FirstChoice = new HashSet<string>(["MAINSTREAM", "RESOURCED_PROVISION"]);

    public static readonly IReadOnlySet<string> NeedEhcPlan =
        new HashSet<string>(["STATE_SPECIAL", "NON_MAINTAINED_SPECIAL", "INDEPENDENT_SPECIAL", "SPECIALIST_POST16"]);

    public static IReadOnlyList<string> ProvisionTypes(string primaryNeed, string senProvision, IReadOnlyDictionary<string, IReadOnlySet<string>> needsByProvisionType) =>
        needsByProvisionType
            .Where(m => m.Value.Contains(primaryNeed) && (senProvision == "E" || !NeedEhcPlan.Contains(m.Key)))
            .Select(m => m.Key)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Age at the start of the school year for a year group: reception is 4, year 1 is 5, and so on.</summary>
    public static int? AgeOf(string yearGroup) => yearGroup.Trim().ToUpperInvariant() switch
    {
        "R" => 4,
        var y when int.TryParse(y, out var n) && n is >= 1 and <= 14 => n + 4,
        _ => null,
    };
}
