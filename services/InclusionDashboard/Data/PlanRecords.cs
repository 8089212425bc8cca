using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SendPlatform.InclusionDashboard.Domain.Figures;

namespace SendPlatform.InclusionDashboard.Data;

public sealed class PlanRecords(DashboardDbContext db)
{
    /// <summary>Keeps the plan's state unless a later one is already kept, so its states end in the latest in any order.</summary>
    public Task KeepAsync(Guid planId, string laCode, string status, IReadOnlyList<PlanSufficiency> sufficiency, DateTimeOffset changedAt,
        CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(sufficiency);
        return db.Database.ExecuteSqlAsync($"""
            INSERT INTO inclusion_plans ("PlanId", "LaCode", "Status", "ChangedAt", "Sufficiency") VALUES ({planId}, {laCode}, {status}, {changedAt}, CAST({json} AS jsonb))
            ON CONFLICT ("PlanId") DO UPDATE SET "Status" = excluded."Status", "ChangedAt" = excluded."ChangedAt", "Sufficiency" = excluded."Sufficiency"
            WHERE excluded."ChangedAt" >= inclusion_plans."ChangedAt"
            """, cancellationToken);
    }

    /// <summary>Each of the LAs' current plan: its latest published (or needing review) plan, else its latest draft.</summary>
    public async Task<IReadOnlyList<CurrentPlan>> CurrentAsync(IReadOnlyList<string> laCodes, CancellationToken cancellationToken)
    {
        var plans = await db.Plans.AsNoTracking().Where(p => laCodes.Contains(p.LaCode) && p.Status != "Superseded")
            .Select(p => new { p.LaCode, p.Status, p.ChangedAt, p.Sufficiency }).ToListAsync(cancellationToken);
        return [.. plans.GroupBy(p => p.LaCode).Select(g => g.OrderBy(p => p.Status == "Draft").ThenByDescending(p => p.ChangedAt).First())
            .Select(p => new CurrentPlan(p.LaCode, p.Status, JsonSerializer.Deserialize<List<PlanSufficiency>>(p.Sufficiency)!))];
    }
}
