namespace SendPlatform.InclusionPlans.Domain.Compliance;

/// <summary>What a plan is checked against: a published national standards version, its standards, and whether it is still in force.</summary>
public sealed record StandardsFacts(string Version, bool InForce, IReadOnlyList<StandardSummary> Standards)
{
    public bool Has(string code) => Standards.Any(s => s.Code == code);
}

public sealed record StandardSummary(string Code, string Title);
