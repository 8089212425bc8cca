namespace SendPlatform.FundingBands.Domain.Pricing;

public sealed record EstimateTotal(string Key, int Placements, decimal TopUp);
