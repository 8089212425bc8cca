namespace SendPlatform.FundingBands.Domain;

/// <summary>A factor applied to every tariff in one LA's area, e.g. 1.0530.</summary>
public sealed record AreaCostAdjustment(string LaCode, decimal Factor);
