namespace SendPlatform.InclusionPlans.Domain.Plans;

/// <summary>Places the area's AP service plans in one tier, for each year of the plan's period.</summary>
public sealed record ApServiceLine(ApTier Tier, IReadOnlyList<int> Places);
