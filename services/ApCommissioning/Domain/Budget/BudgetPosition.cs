using SendPlatform.ApCommissioning.Domain.Providers;

namespace SendPlatform.ApCommissioning.Domain.Budget;

/// <summary>Budget, committed and remaining for one financial year and tier.</summary>
public sealed record BudgetPosition(FinancialYear Year, ApTier Tier, decimal Budget, decimal Committed)
{
    public decimal Remaining => Budget - Committed;

    /// <summary>Every year and tier with a budget or a commitment, earliest year first.</summary>
    public static IReadOnlyList<BudgetPosition> Of(IEnumerable<ApBudgetLine> budget, IEnumerable<(int StartYear, ApTier Tier, decimal Amount)> committed)
    {
        var budgets = budget.ToDictionary(b => (b.StartYear, b.Tier), b => b.Amount);
        var commitments = committed.GroupBy(c => (c.StartYear, c.Tier)).ToDictionary(g => g.Key, g => g.Sum(c => c.Amount));
        return budgets.Keys.Union(commitments.Keys).Order()
            .Select(k => new BudgetPosition(new FinancialYear(k.StartYear), k.Tier, budgets.GetValueOrDefault(k), commitments.GetValueOrDefault(k)))
            .ToList();
    }
}
