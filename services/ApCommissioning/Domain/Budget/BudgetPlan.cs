using SendPlatform.ApCommissioning.Domain.Providers;

namespace SendPlatform.ApCommissioning.Domain.Budget;

/// <summary>A three-year budget as the LA sets it: an amount per year and tier (a tier not given is zero).</summary>
public sealed record BudgetPlan(FinancialYear FirstYear, IReadOnlyDictionary<(FinancialYear Year, ApTier Tier), decimal> Amounts)
{
    public const int Years = 3;

    public IEnumerable<FinancialYear> YearsCovered => Enumerable.Range(0, Years).Select(i => new FinancialYear(FirstYear.StartYear + i));

    public decimal AmountFor(FinancialYear year, ApTier tier) => Amounts.GetValueOrDefault((year, tier));
}
