namespace SendPlatform.Contracts.IntegrationEvents;

/// <summary>
/// A local inclusion plan was drafted, revised, published, marked as needing review or superseded: its status
/// ("Draft", "Published", "NeedsReview", "Superseded") as of ChangedAt, and the place sufficiency it plans.
/// </summary>
public sealed record InclusionPlanStatusChanged(
    Guid PlanId,
    string LaCode,
    string Status,
    IReadOnlyList<PlannedSufficiency> Sufficiency,
    DateTimeOffset ChangedAt) : IntegrationEvent
{
    /// <summary>
    /// The kind of each blocking finding at the plan's last check (StandardWithoutCommitment, SufficiencyShortfall,
    /// ApTierWithoutPlaces, StandardsSuperseded), one per finding: what stops a draft being published. Added later: an
    /// event published before it carries none.
    /// </summary>
    public IReadOnlyList<string> BlockingFindings { get; init; } = [];
}

/// <summary>For one need, provision type and academic year ("2026-27"): the forecast demand and the places planned.</summary>
public sealed record PlannedSufficiency(string NeedCode, string ProvisionType, string AcademicYear, int ForecastDemand, int Places);
