namespace SendPlatform.FundingBands.Domain.Pricing;

/// <summary>Why one placement of an estimate could not be priced.</summary>
public sealed record EstimateProblem(string PlacementId, string Field, string Description);
