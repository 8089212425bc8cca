using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SendPlatform.InclusionDashboard.Domain.Figures;

namespace SendPlatform.InclusionDashboard.Data;

public sealed class ApCommitments(DashboardDbContext db)
{
    private sealed record Line(string FinancialYear, string Tier, decimal Amount);

    /// <summary>Keeps the LA's position unless a later one is already kept, so positions end in the latest in any order.</summary>
    public Task KeepAsync(string laCode, IEnumerable<(string FinancialYear, string Tier, decimal Amount)> committed, DateTimeOffset asOf,
        CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(committed.Select(c => new Line(c.FinancialYear, c.Tier, c.Amount)));
        return db.Database.ExecuteSqlAsync($"""
            INSERT INTO ap_commitments ("LaCode", "AsOf", "Committed") VALUES ({laCode}, {asOf}, CAST({json} AS jsonb))
            ON CONFLICT ("LaCode") DO UPDATE SET "AsOf" = excluded."AsOf", "Committed" = excluded."Committed"
            WHERE excluded."AsOf" >= ap_commitments."AsOf"
            """, cancellationToken);
    }

    /// <summary>The area's LAs' commitments for the years, summed per year and tier, with how many LAs had any that year.</summary>
    public async Task<IReadOnlyList<ApBudgetFigure>> ForAsync(IReadOnlyList<string> laCodes, IReadOnlyList<string> financialYears, CancellationToken cancellationToken)
    {
        var positions = await db.ApCommitments.AsNoTracking().Where(c => laCodes.Contains(c.LaCode)).Select(c => new { c.LaCode, c.Committed }).ToListAsync(cancellationToken);
        return ApBudgetFigure.Sum(positions
            .SelectMany(p => JsonSerializer.Deserialize<List<Line>>(p.Committed)!.Select(l => (p.LaCode, l.FinancialYear, l.Tier, l.Amount)))
            .Where(x => financialYears.Contains(x.FinancialYear) && x.Amount != 0));
    }
}
