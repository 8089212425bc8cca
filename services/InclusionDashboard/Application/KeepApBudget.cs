using SendPlatform.InclusionDashboard.Data;

namespace SendPlatform.InclusionDashboard.Application;

/// <summary>Keeps an LA's AP budget as it set it: each year and tier's amount, the latest setting winning.</summary>
public sealed class KeepApBudget(ApBudgets budgets)
{
    public Task SetAsync(string laCode, IEnumerable<(string FinancialYear, string Tier, decimal Amount)> amounts, DateTimeOffset setAt, CancellationToken cancellationToken)
    {
        var la = EventFacts.CurrentLa(laCode, "An AP budget");
        var checkedAmounts = amounts.Select(a => FinancialYear.TryParse(a.FinancialYear, out var year) && a.Amount >= 0
            ? (year.Value.ToString(), a.Tier, a.Amount)
            : throw new InvalidOperationException($"An AP budget names the year '{a.FinancialYear}' with {a.Amount}: not a financial year and an amount.")).ToList();
        return budgets.KeepAsync(la, checkedAmounts, setAt, cancellationToken);
    }
}
