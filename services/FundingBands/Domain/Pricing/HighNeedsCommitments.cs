namespace SendPlatform.FundingBands.Domain.Pricing;

/// <summary>
/// What an LA's high needs budget pays besides top-ups: place funding (as the LA states it, or priced here from its
/// places per provision type at the year's rate in force) and other commitments. Without them an estimate would set
/// top-ups alone against the whole budget and overstate the surplus.
/// </summary>
public sealed record HighNeedsCommitments(decimal PlaceFunding, IReadOnlyList<PlaceFundingTotal> PlaceFundingByProvisionType, decimal Other)
{
    public static readonly HighNeedsCommitments None = new(0m, [], 0m);

    public decimal Total => PlaceFunding + Other;

    public static HighNeedsCommitments Stated(decimal placeFunding, decimal other) => new(placeFunding, [], other);

    /// <summary>Places per provision type, each priced for the whole year at the rate of the version in force.</summary>
    public static HighNeedsCommitments FromPlaces(IEnumerable<(string ProvisionType, int Places)> places, decimal other, FinancialYear year, PublishedFrameworks frameworks)
    {
        var totals = places.Select(p =>
        {
            var (framework, perPlace, total) = PlacePricer.Price(p.ProvisionType, p.Places, year, frameworks);
            return new PlaceFundingTotal(p.ProvisionType, p.Places, framework.Id, perPlace, total);
        }).ToList();
        return new HighNeedsCommitments(totals.Sum(t => t.Total), totals, other);
    }
}
