namespace SendPlatform.EhcAssessments.Domain.Plans;

/// <summary>
/// The annual top-up of a plan in force that names a funding band in section I, as funding-bands priced it on the day
/// the plan was issued: the band's tariff for the provision type in the framework then in force, times the LA's area
/// cost adjustment, rounded to the penny half away from zero (funding-bands' own rule for each line it prices).
/// </summary>
public sealed record PlanTopUp(string Band, string ProvisionType, string FinancialYear, string FrameworkId, long AnnualTariffPence, decimal AreaCostAdjustment)
{
    public long AnnualTopUpPence => (long)Math.Round(AnnualTariffPence * AreaCostAdjustment, MidpointRounding.AwayFromZero);
}
