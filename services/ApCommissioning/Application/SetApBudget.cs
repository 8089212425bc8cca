using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SendPlatform.ApCommissioning.Data;
using SendPlatform.ApCommissioning.Domain.Budget;
using SendPlatform.ApCommissioning.Domain.Providers;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.ApCommissioning.Application;

/// <summary>
/// An LA setting its AP budget for the years its plan covers, never below what its commissions have already
/// committed. Under the LA's budget lock, so a commission at the same moment cannot slip under a lowered budget.
/// </summary>
public sealed class SetApBudget(ApDbContext db, TimeProvider clock)
{
    public async Task SetAsync(CallerOrganisation caller, string laCode, BudgetPlan plan, CancellationToken cancellationToken)
    {
        caller.RequireLocalAuthorityOf(laCode, "set its AP budget");
        var now = clock.GetStorageNow();
        await db.InBudgetTransactionAsync(laCode, async ct =>
        {
            var (_, positions) = await db.BudgetOfAsync(laCode, ct);
            var below = plan.YearsCovered.SelectMany(year => Enum.GetValues<ApTier>().Select(tier => (year, tier)))
                .Select(k => (k.year, k.tier, Committed: positions.FirstOrDefault(p => p.Year == k.year && p.Tier == k.tier)?.Committed ?? 0m))
                .Where(k => plan.AmountFor(k.year, k.tier) < k.Committed)
                .Select(k => new FieldViolation($"years.{k.year}.{k.tier}", string.Create(CultureInfo.InvariantCulture, $"£{k.Committed:N2} is already committed")))
                .ToList();
            if (below.Count > 0) throw new DomainRuleException("A budget cannot be set below what is already committed.", below);

            var startYears = plan.YearsCovered.Select(y => y.StartYear).ToArray();
            await db.BudgetLines.Where(b => b.LaCode == laCode && startYears.Contains(b.StartYear)).ExecuteDeleteAsync(ct);
            var lines = plan.YearsCovered.SelectMany(year => Enum.GetValues<ApTier>()
                .Select(tier => ApBudgetLine.Set(laCode, year.StartYear, tier, plan.AmountFor(year, tier), caller.OrgId, now))).ToList();
            db.BudgetLines.AddRange(lines);
            db.EnqueueIntegrationEvent(new ApBudgetSet(laCode, plan.FirstYear.ToString(),
                lines.Select(l => new ApBudgetAmount(new FinancialYear(l.StartYear).ToString(), l.Tier.ToString(), l.Amount)).ToList(), now) { OccurredAt = now });
            await db.SaveChangesAsync(ct);
        }, cancellationToken);
    }

    /// <summary>An LA reading its own budget: each year and tier's budget, committed and remaining.</summary>
    public async Task<(IReadOnlyList<ApBudgetLine> Lines, IReadOnlyList<BudgetPosition> Positions)> ReadAsync(CallerOrganisation caller, string laCode,
        CancellationToken cancellationToken)
    {
        caller.RequireLocalAuthorityOf(laCode, "read its AP budget");
        return await db.BudgetOfAsync(laCode, cancellationToken);
    }
}
