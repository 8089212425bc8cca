namespace SendPlatform.FundingBands.Domain.Pricing;

/// <summary>
/// Prices a placement's top-up: for each financial year it spans (and each framework version within the year),
/// annual tariff × ACA × fraction × days occupied (both ends inclusive) ÷ days in that year, rounded to the penny
/// half away from zero on that line. The total is the sum of the rounded lines, so every line can be checked by hand.
/// </summary>
public static class PlacementPricer
{
    public static PlacementPrice Price(PlacementToPrice placement, PublishedFrameworks frameworks)
    {
        var end = placement.End
            ?? frameworks.LastYear?.End
            ?? throw new DomainRuleException("No funding framework has been published, so an open-ended placement cannot be priced.");
        if (end < placement.Start)
            throw new DomainRuleException($"No funding framework is published for {FinancialYear.Containing(placement.Start)}.");

        var lines = new List<PriceLine>();
        for (var year = FinancialYear.Containing(placement.Start); year.Start <= end; year = year.Next)
        {
            var versions = frameworks.VersionsFor(year);
            if (versions.Count == 0) throw new DomainRuleException($"No funding framework is published for {year}.");
            var from = Max(placement.Start, year.Start);
            var to = Min(end, year.End);
            foreach (var (framework, until) in versions)
            {
                var lineFrom = Max(from, framework.EffectiveFrom);
                var lineTo = Min(to, until);
                if (lineFrom > lineTo) continue;
                lines.Add(Line(placement, framework, lineFrom, lineTo));
            }
        }
        return new PlacementPrice(lines, end);
    }

    private static PriceLine Line(PlacementToPrice placement, PublishedFramework framework, DateOnly from, DateOnly to)
    {
        var year = framework.FinancialYear;
        if (framework.Content.FindBand(placement.Band) is null)
            throw new RequestValidationException([new FieldViolation("band", $"'{placement.Band}' is not a band of the {year} framework ({framework.Id})")]);
        var tariff = framework.Content.TariffFor(placement.Band, placement.ProvisionType)
            ?? throw new DomainRuleException($"The {year} framework ({framework.Id}) offers no tariff for band {placement.Band} in {placement.ProvisionType}.");
        var aca = framework.Content.AreaCostFactor(placement.LaCode);
        var days = to.DayNumber - from.DayNumber + 1;
        var topUp = Math.Round(tariff.AnnualTopUp * aca * placement.Fraction * days / year.Days, 2, MidpointRounding.AwayFromZero);
        return new PriceLine(year, framework.Id, from, to, days, year.Days, tariff.AnnualTopUp, aca, placement.Fraction, topUp);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
