using Microsoft.EntityFrameworkCore;
using SendPlatform.InclusionDashboard.Domain.Figures;
using SendPlatform.InclusionDashboard.Domain.Geography;
using SendPlatform.InclusionDashboard.Domain.Periods;

namespace SendPlatform.InclusionDashboard.Data;

public sealed class ApPlacementCounts(DashboardDbContext db)
{
    /// <summary>Adds one placement's start or end to its month's count in each area it counts in (<see cref="CountedAreas"/>), in the consumer's transaction.</summary>
    public Task AddAsync(string[] areaCodes, DateOnly date, string tier, string stage, CancellationToken cancellationToken)
    {
        var month = new DateOnly(date.Year, date.Month, 1);
        return db.Database.ExecuteSqlAsync($"""
            INSERT INTO ap_placement_counts ("AreaCode", "Month", "Tier", "Stage", "Count")
            SELECT area, {month}, {tier}, {stage}, 1 FROM unnest({areaCodes}) AS a(area)
            ON CONFLICT ("AreaCode", "Month", "Tier", "Stage") DO UPDATE SET "Count" = ap_placement_counts."Count" + 1
            """, cancellationToken);
    }

    public async Task<IReadOnlyList<ApPlacementTally>> TalliesAsync(Area area, Period period, CancellationToken cancellationToken)
    {
        return await db.ApPlacementCounts.AsNoTracking().Where(c => c.AreaCode == area.Code && c.Month >= period.Start && c.Month < period.EndExclusive)
            .GroupBy(c => new { c.Tier, c.Stage })
            .Select(g => new ApPlacementTally(g.Key.Tier, g.Key.Stage, g.Sum(c => c.Count)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>One LA's placements started (or ended, with any outcome) per month, all tiers, for the months from start up to end.</summary>
    public async Task<IReadOnlyDictionary<DateOnly, long>> MonthlyAsync(string laCode, bool started, DateOnly start, DateOnly endExclusive,
        CancellationToken cancellationToken) =>
        await db.ApPlacementCounts.AsNoTracking()
            .Where(c => c.AreaCode == laCode && (c.Stage == ApPlacementTally.Started) == started && c.Month >= start && c.Month < endExclusive)
            .GroupBy(c => c.Month).Select(g => new { Month = g.Key, Count = g.Sum(c => c.Count) })
            .ToDictionaryAsync(m => m.Month, m => m.Count, cancellationToken);
}
