using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SendPlatform.InclusionDashboard.Domain.Figures;

namespace SendPlatform.InclusionDashboard.Data;

public sealed class PlanRecords(DashboardDbContext db)
{
    /// <summary>Keeps the plan's state unless a later one is already kept, so its states end in the latest in any order.</summary>
    public Task KeepAsync(Guid planId, string laCode, string status, IReadOnlyList<PlanSufficiency> sufficiency, IReadOnlyList<string> blockingFindings,
        DateTimeOffset changedAt, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(sufficiency);
        var findings = blockingFindings.ToArray();
        return db.Database.ExecuteSqlAsync($"""
            INSERT INTO inclusion_plans ("PlanId", "LaCode", "Status", "ChangedAt", "Sufficiency", "BlockingFindings")
            VALUES ({planId}, {laCode}, {status}, {changedAt}, CAST({json} AS jsonb), {findings})
            ON CONFLICT ("PlanId") DO UPDATE SET "Status" = excluded."Status", "ChangedAt" = excluded."ChangedAt", "Sufficiency" = excluded."Sufficiency",
                "BlockingFindings" = excluded."BlockingFindings"
            WHERE excluded."ChangedAt" >= inclusion_plans."ChangedAt"
            """, cancellationToken);
    }

    /// <summary>The LAs' plans that are not superseded.</summary>
    public async Task<IReadOnlyList<PlanFact>> InForceAsync(IReadOnlyList<string> laCodes, CancellationToken cancellationToken)
    {
        var plans = await db.Plans.AsNoTracking().Where(p => laCodes.Contains(p.LaCode) && p.Status != "Superseded")
            .Select(p => new { p.LaCode, p.Status, p.ChangedAt, p.Sufficiency, p.BlockingFindings }).ToListAsync(cancellationToken);
        return [.. plans.Select(p => new PlanFact(p.LaCode, p.Status, p.ChangedAt, JsonSerializer.Deserialize<List<PlanSufficiency>>(p.Sufficiency)!, p.BlockingFindings))];
    }
}
