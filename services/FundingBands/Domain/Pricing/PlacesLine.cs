namespace SendPlatform.FundingBands.Domain.Pricing;

/// <summary>Place funding for a stretch of days priced by one framework version.</summary>
public sealed record PlacesLine(PublishedFramework Framework, DateOnly From, DateOnly To, int Days, decimal PerPlace, decimal Total);
