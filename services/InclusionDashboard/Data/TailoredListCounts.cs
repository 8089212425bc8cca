using Microsoft.EntityFrameworkCore;
using SendPlatform.InclusionDashboard.Domain.Figures;
using SendPlatform.InclusionDashboard.Domain.Geography;
using SendPlatform.InclusionDashboard.Domain.Periods;

namespace SendPlatform.InclusionDashboard.Data;

public sealed class TailoredListCounts(DashboardDbContext db)
{
    /// <summary>One list drawn in an LA, in its month (the first of it), by the type of its first suggestion.</summary>
    public sealed record Drawn(string LaCode, DateOnly Month, string FirstProvisionType);

    /// <summary>
    /// Adds lists to their month's counts in their LA, region and England, netted per count and written in one
    /// statement in the caller's transaction (the consumer's, with its inbox rows), in key order: every list adds to
    /// England's count, so two writers meet on that row and must wait for each other rather than deadlock.
    /// </summary>
    public Task AddAllAsync(IEnumerable<Drawn> lists, CancellationToken cancellationToken)
    {
        var rows = lists.SelectMany(l => new[] { l.LaCode, Area.RegionCodeOf(l.LaCode), Area.EnglandCode }.Select(area => (Area: area, l.Month, l.FirstProvisionType)))
            .GroupBy(k => k)
            .Select(g => (g.Key.Area, g.Key.Month, g.Key.FirstProvisionType, Count: (long)g.Count()))
            .OrderBy(r => r.Area, StringComparer.Ordinal).ThenBy(r => r.Month).ThenBy(r => r.FirstProvisionType, StringComparer.Ordinal)
            .ToList();
        if (rows.Count == 0) return Task.CompletedTask;
        var areas = rows.Select(r => r.Area).ToArray();
        var months = rows.Select(r => r.Month).ToArray();
        var types = rows.Select(r => r.FirstProvisionType).ToArray();
        var counts = rows.Select(r => r.Count).ToArray();
        return db.Database.ExecuteSqlAsync($"""
            INSERT INTO tailored_list_counts ("AreaCode", "Month", "FirstProvisionType", "Count")
            SELECT * FROM unnest({areas}, {months}, {types}, {counts})
            ON CONFLICT ("AreaCode", "Month", "FirstProvisionType") DO UPDATE SET "Count" = tailored_list_counts."Count" + excluded."Count"
            """, cancellationToken);
    }

    public async Task<IReadOnlyList<TailoredListTally>> TalliesAsync(Area area, Period period, CancellationToken cancellationToken) =>
        await db.TailoredListCounts.AsNoTracking().Where(c => c.AreaCode == area.Code && c.Month >= period.Start && c.Month < period.EndExclusive)
            .GroupBy(c => c.FirstProvisionType)
            .Select(g => new TailoredListTally(g.Key, g.Sum(c => c.Count)))
            .ToListAsync(cancellationToken);
}
