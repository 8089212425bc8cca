namespace SendPlatform.FundingBands.Domain.Pricing;

public sealed record PlacementPrice(IReadOnlyList<PriceLine> Lines, DateOnly End)
{
    public decimal Total => Lines.Sum(l => l.TopUp);
}
