using Microsoft.EntityFrameworkCore;
using SendPlatform.InclusionDashboard.Domain.Figures;

namespace SendPlatform.InclusionDashboard.Data;

public sealed class ApBudgets(DashboardDbContext db)
{
    /// <summary>
    /// Keeps each year and tier's amount unless a later-set budget is already kept, so budgets set in turn end in the
    /// last one whatever order their events arrive in.
    /// </summary>
    public async Task KeepAsync(string laCode, IEnumerable<(string FinancialYear, string Tier, decimal Amount)> amounts, DateTimeOffset setAt,
        CancellationToken cancellationToken)
    {
        foreach (var (year, tier, amount) in amounts)
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO ap_budgets ("LaCode", "FinancialYear", "Tier", "Amount", "SetAt") VALUES ({laCode}, {year}, {tier}, {amount}, {setAt})
                ON CONFLICT ("LaCode", "FinancialYear", "Tier") DO UPDATE SET "Amount" = excluded."Amount", "SetAt" = excluded."SetAt"
                WHERE excluded."SetAt" >= ap_budgets."SetAt"
                """, cancellationToken);
    }

    /// <summary>The area's LAs' budgets for the years, summed per year and tier, with how many LAs set one that year.</summary>
    public async Task<IReadOnlyList<ApBudgetFigure>> ForAsync(IReadOnlyList<string> laCodes, IReadOnlyList<string> financialYears, CancellationToken cancellationToken)
    {
        var rows = await db.ApBudgets.AsNoTracking().Where(b => laCodes.Contains(b.LaCode) && financialYears.Contains(b.FinancialYear))
            .Select(b => new { b.LaCode, b.FinancialYear, b.Tier, b.Amount }).ToListAsync(cancellationToken);
        return ApBudgetFigure.Sum(rows.Select(r => (r.LaCode, r.FinancialYear, r.Tier, r.Amount)));
    }
}
