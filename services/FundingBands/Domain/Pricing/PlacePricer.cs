namespace SendPlatform.FundingBands.Domain.Pricing;

/// <summary>Place funding for a year: per-place rate of the framework in force × places, paid whether filled or not.</summary>
public static class PlacePricer
{
    public static (PublishedFramework Framework, decimal PerPlace, decimal Total) Price(string provisionType, int places, FinancialYear year, PublishedFrameworks frameworks)
    {
        var framework = frameworks.InForce(year) ?? throw new DomainRuleException($"No funding framework is published for {year}.");
        var perPlace = framework.Content.PlaceFundingFor(provisionType);
        return (framework, perPlace, perPlace * places);
    }
}
