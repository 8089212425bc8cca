namespace SendPlatform.InclusionDashboard.Domain.Figures;

/// <summary>The AP service's three tiers as table columns, in tier order: the placement and budget tables share them.</summary>
public static class ApTierColumns
{
    public static readonly IReadOnlyList<(string Code, string Label)> All =
        [(ApTiers.TargetedSupport, "Targeted support (tier 1)"), (ApTiers.TimeLimited, "Time-limited (tier 2)"), (ApTiers.Transitional, "Transitional (tier 3)")];
}
