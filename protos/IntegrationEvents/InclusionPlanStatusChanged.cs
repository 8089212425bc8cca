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
    DateTimeOffset ChangedAt) : IntegrationEvent;

/// <summary>For one need, provision type and academic year ("2026-27"): the forecast demand and the places planned.</summary>
public sealed record PlannedSufficiency(string NeedCode, string ProvisionType, string AcademicYear, int ForecastDemand, int Places);
