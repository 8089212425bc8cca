using Microsoft.EntityFrameworkCore;
using SendPlatform.InclusionDashboard.Domain.Figures;
using SendPlatform.InclusionDashboard.Domain.Geography;
using SendPlatform.InclusionDashboard.Domain.Periods;

namespace SendPlatform.InclusionDashboard.Data;

public sealed class MovementCounts(DashboardDbContext db)
{
    /// <summary>
    /// Adds one movement to its month's count in each area it counts in (<see cref="CountedAreas"/>, no code twice), in
    /// one statement in the caller's transaction (the consumer's, with its inbox row).
    /// </summary>
    public Task AddAsync(string[] areaCodes, DateOnly effectiveDate, string eventType, string senProvision, string primaryNeed, string deletionGround,
        int days, CancellationToken cancellationToken)
    {
        var month = new DateOnly(effectiveDate.Year, effectiveDate.Month, 1);
        return db.Database.ExecuteSqlAsync($"""
            INSERT INTO movement_counts ("AreaCode", "Month", "EventType", "SenProvision", "PrimaryNeed", "DeletionGround", "Count", "Days")
            SELECT area, {month}, {eventType}, {senProvision}, {primaryNeed}, {deletionGround}, 1, {days} FROM unnest({areaCodes}) AS a(area)
            ON CONFLICT ("AreaCode", "Month", "EventType", "SenProvision", "PrimaryNeed", "DeletionGround")
            DO UPDATE SET "Count" = movement_counts."Count" + 1, "Days" = movement_counts."Days" + excluded."Days"
            """, cancellationToken);
    }

    public async Task<IReadOnlyList<MovementTally>> TalliesAsync(Area area, Period period, CancellationToken cancellationToken)
    {
        return await db.MovementCounts.AsNoTracking().Where(c => c.AreaCode == area.Code && c.Month >= period.Start && c.Month < period.EndExclusive)
            .GroupBy(c => new { c.EventType, c.SenProvision, c.PrimaryNeed, c.DeletionGround })
            .Select(g => new MovementTally(g.Key.EventType, g.Key.SenProvision, g.Key.PrimaryNeed, g.Key.DeletionGround, g.Sum(c => c.Count), g.Sum(c => c.Days)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>One LA's count of one movement type per month, for the months from start up to end.</summary>
    public async Task<IReadOnlyDictionary<DateOnly, long>> MonthlyAsync(string laCode, string eventType, DateOnly start, DateOnly endExclusive,
        CancellationToken cancellationToken) =>
        await db.MovementCounts.AsNoTracking()
            .Where(c => c.AreaCode == laCode && c.EventType == eventType && c.Month >= start && c.Month < endExclusive)
            .GroupBy(c => c.Month).Select(g => new { Month = g.Key, Count = g.Sum(c => c.Count) })
            .ToDictionaryAsync(m => m.Month, m => m.Count, cancellationToken);
}
