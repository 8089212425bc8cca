using System.Globalization;
using SendPlatform.InclusionDashboard.Domain.Periods;

namespace SendPlatform.InclusionDashboard.Domain.Figures;

/// <summary>
/// The AP budget an area's LAs set for each financial year the period touches, and what their commissions commit
/// against it, per tier of the AP service and in all. Amounts of money, not counts of children: shown in full to
/// everyone, as LAs publish their budgets.
/// </summary>
public static class ApBudgetTables
{

    public static IReadOnlyList<FigureTable> Build(IReadOnlyList<ApBudgetFigure> set, IReadOnlyList<ApBudgetFigure> committed, Period period) =>
    [
        new("ap_budget", "AP budget set, £",
            "The AP budget set for each financial year the period touches, in pounds, by tier of the AP service, as the LA last set it; " +
            "for a region or England, the sum over the LAs that set one, with how many did.",
            "ApBudgetSet",
            [.. ApTierColumns.All.Select(t => t.Label), "LAs with a budget set"],
            [.. period.FinancialYears.Select(year => Row(year.ToString(), set.Where(f => f.FinancialYear == year.ToString()).ToList()))]),
        new("ap_budget_committed", "AP budget committed, £",
            "What the LA's commissioned AP places commit against each financial year's budget, in pounds, by tier, at the prices in force " +
            "(repriced when a new funding framework applies); for a region or England, the sum, with how many LAs had commitments.",
            "ApCommitmentsChanged",
            [.. ApTierColumns.All.Select(t => t.Label), "LAs with commitments"],
            [.. period.FinancialYears.Select(year => Row(year.ToString(), committed.Where(f => f.FinancialYear == year.ToString()).ToList()))]),
    ];

    private static FigureRow Row(string year, IReadOnlyList<ApBudgetFigure> figures)
    {
        var amounts = ApTierColumns.All.Select(t => figures.Where(f => f.Tier == t.Code).Sum(f => f.Amount)).ToList();
        var las = figures.Select(f => f.LaCount).DefaultIfEmpty(0).Max();
        return new FigureRow(year.Replace("-", "_", StringComparison.Ordinal), year, $"Financial year {year} (1 April to 31 March).",
            [.. amounts.Select(Pounds), las.ToString(CultureInfo.InvariantCulture)], Pounds(amounts.Sum()));
    }

    private static string Pounds(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
