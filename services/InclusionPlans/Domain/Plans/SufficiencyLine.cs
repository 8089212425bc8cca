namespace SendPlatform.InclusionPlans.Domain.Plans;

/// <summary>
/// Places for one need and provision type: today's, and for each year of the plan's period the forecast demand and
/// the new places planned that year (new places stay, so a year has today's places plus every year's new ones so far).
/// </summary>
public sealed record SufficiencyLine(string NeedCode, string ProvisionType, int CurrentPlaces, IReadOnlyList<int> ForecastDemand, IReadOnlyList<int> PlannedNewPlaces)
{
    public int PlacesIn(int yearIndex) => CurrentPlaces + PlannedNewPlaces.Take(yearIndex + 1).Sum();
}
