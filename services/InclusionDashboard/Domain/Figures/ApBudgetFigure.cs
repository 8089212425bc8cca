namespace SendPlatform.InclusionDashboard.Domain.Figures;

/// <summary>An area's AP budget (or commitment) for a financial year and tier in pounds; LaCount is how many of its LAs had one that year.</summary>
public sealed record ApBudgetFigure(string FinancialYear, string Tier, decimal Amount, int LaCount)
{
    /// <summary>LAs' amounts summed per year and tier, each year counting the LAs with any amount in it.</summary>
    public static IReadOnlyList<ApBudgetFigure> Sum(IEnumerable<(string LaCode, string FinancialYear, string Tier, decimal Amount)> amounts) =>
        [.. amounts.GroupBy(a => a.FinancialYear)
            .SelectMany(year => year.GroupBy(a => a.Tier).Select(tier =>
                new ApBudgetFigure(year.Key, tier.Key, tier.Sum(a => a.Amount), year.Select(a => a.LaCode).Distinct().Count())))];
}
