namespace SendPlatform.FundingBands.Domain;

/// <summary>The annual top-up (element 3) for one band in one provision type, in pounds.</summary>
public sealed record Tariff(string BandCode, string ProvisionType, decimal AnnualTopUp);
