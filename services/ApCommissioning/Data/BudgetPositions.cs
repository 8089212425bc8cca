using Microsoft.EntityFrameworkCore;
using SendPlatform.ApCommissioning.Domain.Budget;

namespace SendPlatform.ApCommissioning.Data;

/// <summary>An LA's budget lines and what its commissions have committed against them, read together.</summary>
public static class BudgetPositions
{
    public static async Task<(IReadOnlyList<ApBudgetLine> Lines, IReadOnlyList<BudgetPosition> Positions)> BudgetOfAsync(this ApDbContext db, string laCode,
        CancellationToken cancellationToken)
    {
        var lines = await db.BudgetLines.AsNoTracking().Where(b => b.LaCode == laCode).ToListAsync(cancellationToken);
        var committed = (await db.Commissions.AsNoTracking().Where(c => c.LaCode == laCode).ToListAsync(cancellationToken))
            .SelectMany(c => c.Costs.Select(cost => (cost.StartYear, c.Tier, cost.Total)));
        return (lines, BudgetPosition.Of(lines, committed));
    }

}
