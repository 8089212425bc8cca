namespace SendPlatform.FundingBands.Domain.Pricing;

/// <summary>A placement as the pricer takes it: validated at the edge. A null End is open-ended.</summary>
public sealed record PlacementToPrice(string LaCode, string ProvisionType, string Band, DateOnly Start, DateOnly? End, decimal Fraction);
