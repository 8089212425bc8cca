namespace SendPlatform.FundingBands.Domain;

/// <summary>Funding per place per year for a provision type, paid whether or not the place is filled.</summary>
public sealed record PlaceFunding(string ProvisionType, decimal PerPlace);
