namespace SendPlatform.FundingBands.Domain.Pricing;

/// <summary>The part of a placement one framework version prices within one financial year.</summary>
public sealed record PriceLine(
    FinancialYear FinancialYear,
    string FrameworkId,
    DateOnly From,
    DateOnly To,
    int DaysOccupied,
    int DaysInYear,
    decimal AnnualTariff,
    decimal AreaCostFactor,
    decimal Fraction,
    decimal TopUp);
