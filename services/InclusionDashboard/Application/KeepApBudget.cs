using SendPlatform.InclusionDashboard.Data;

namespace SendPlatform.InclusionDashboard.Application;

/// <summary>
/// Keeps an LA's AP budget as it set it, and what its commissions commit against it: each year and tier's amount,
/// the latest setting (or position) winning.
/// </summary>
public sealed class KeepApBudget(ApBudgets budgets, ApCommitments commitments)
{
    public Task SetAsync(string laCode, IEnumerable<(string FinancialYear, string Tier, decimal Amount)> amounts, DateTimeOffset setAt, CancellationToken cancellationToken)
    {
        var la = EventFacts.CurrentLa(laCode, "An AP budget");
        return budgets.KeepAsync(la, Checked(amounts, "An AP budget"), setAt, cancellationToken);
    }

    public Task CommittedAsync(string laCode, IEnumerable<(string FinancialYear, string Tier, decimal Amount)> committed, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        var la = EventFacts.CurrentLa(laCode, "AP commitments");
        return commitments.KeepAsync(la, Checked(committed, "AP commitments"), asOf, cancellationToken);
    }

    private static List<(string, string, decimal)> Checked(IEnumerable<(string FinancialYear, string Tier, decimal Amount)> amounts, string what) =>
        [.. amounts.Select(a => FinancialYear.TryParse(a.FinancialYear, out var year) && a.Amount >= 0
            ? (year.Value.ToString(), a.Tier, a.Amount)
            : throw new InvalidOperationException($"{what} name the year '{a.FinancialYear}' with {a.Amount}: not a financial year and an amount."))];
}
