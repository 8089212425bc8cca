using Microsoft.EntityFrameworkCore;
using SendPlatform.ApCommissioning.Domain.Budget;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.ServiceDefaults.Messaging;

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

    /// <summary>
    /// Tells the other services what the LA's commissions now commit, per year and tier: called under the budget lock
    /// once a change is saved, so the event (sent through the outbox with that transaction) is the position it made.
    /// </summary>
    public static async Task PublishCommitmentsAsync(this ApDbContext db, string laCode, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var committed = (await db.Commissions.AsNoTracking().Where(c => c.LaCode == laCode).ToListAsync(cancellationToken))
            .SelectMany(c => c.Costs.Select(cost => (cost.StartYear, c.Tier, cost.Total)))
            .GroupBy(x => (x.StartYear, x.Tier))
            .OrderBy(g => g.Key.StartYear).ThenBy(g => g.Key.Tier)
            .Select(g => new ApBudgetAmount(new FinancialYear(g.Key.StartYear).ToString(), g.Key.Tier.ToString(), g.Sum(x => x.Total)))
            .ToList();
        db.EnqueueIntegrationEvent(new ApCommitmentsChanged(laCode, committed, now) { OccurredAt = now });
        await db.SaveChangesAsync(cancellationToken);
    }

}
