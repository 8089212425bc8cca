namespace SendPlatform.FundingBands.Domain.Pricing;

/// <summary>An LA's places of one provision type for a year, priced at the rate in force.</summary>
public sealed record PlaceFundingTotal(string ProvisionType, int Places, string FrameworkId, decimal PerPlace, decimal Total);
