namespace SendPlatform.FundingBands.Domain.Pricing;

/// <summary>
/// Place funding: per-place rate × places, paid whether filled or not. For a whole year, at the rate of the version
/// in force. For some days of a year, each day at the rate of the version in force that day (a correction effective
/// mid-year prices only the days from its effective date): per line, rate × places × days ÷ days in the year, rounded
/// to the penny half away from zero, the total the sum of the rounded lines, like a placement's top-up.
/// </summary>
public static class PlacePricer
{
    public static (PublishedFramework Framework, decimal PerPlace, decimal Total) Price(string provisionType, int places, FinancialYear year, PublishedFrameworks frameworks)
    {
        var framework = InForce(year, frameworks);
        var perPlace = framework.Content.PlaceFundingFor(provisionType);
        return (framework, perPlace, perPlace * places);
    }

    public static (PublishedFramework Framework, IReadOnlyList<PlacesLine> Lines) PriceDays(string provisionType, int places, FinancialYear year,
        DateOnly from, DateOnly to, PublishedFrameworks frameworks)
    {
        var framework = InForce(year, frameworks);
        var lines = new List<PlacesLine>();
        foreach (var (version, until) in frameworks.VersionsFor(year))
        {
            var lineFrom = from > version.EffectiveFrom ? from : version.EffectiveFrom;
            var lineTo = to < until ? to : until;
            if (lineFrom > lineTo) continue;
            var days = lineTo.DayNumber - lineFrom.DayNumber + 1;
            var perPlace = version.Content.PlaceFundingFor(provisionType);
            lines.Add(new PlacesLine(version, lineFrom, lineTo, days, perPlace,
                Math.Round(perPlace * places * days / year.Days, 2, MidpointRounding.AwayFromZero)));
        }
        return (framework, lines);
    }

    private static PublishedFramework InForce(FinancialYear year, PublishedFrameworks frameworks) =>
        frameworks.InForce(year) ?? throw new DomainRuleException($"No funding framework is published for {year}.");
}
