namespace SendPlatform.Contracts.IntegrationEvents;

/// <summary>
/// A local inclusion plan was published for an area, answering StandardsVersion for the academic years from
/// PeriodStartYear up to PeriodEndYear; SupersededPlanId is the area's plan it replaced, if any.
/// </summary>
public sealed record InclusionPlanPublished(
    Guid PlanId,
    string LaCode,
    int PeriodStartYear,
    int PeriodEndYear,
    string StandardsVersion,
    Guid? SupersededPlanId,
    DateTimeOffset PublishedAt) : IntegrationEvent;
