namespace SendPlatform.FundingBands.Domain.Pricing;

/// <summary>An immutable published (or superseded) framework version, as pricing reads it.</summary>
public sealed record PublishedFramework(string Id, FinancialYear FinancialYear, int Version, DateOnly EffectiveFrom, FrameworkContent Content);
