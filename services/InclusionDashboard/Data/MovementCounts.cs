using Microsoft.EntityFrameworkCore;
using SendPlatform.InclusionDashboard.Domain.Figures;
using SendPlatform.InclusionDashboard.Domain.Geography;
using SendPlatform.InclusionDashboard.Domain.Periods;

namespace SendPlatform.InclusionDashboard.Data;

public sealed class MovementCounts(DashboardDbContext db)
{
    /// <summary>One movement to count in one area, in its month (the first of it).</summary>
    public sealed record Tally(string AreaCode, DateOnly Month, string EventType, string SenProvision, string PrimaryNeed, string DeletionGround, int Days);

    /// <summary>
    /// Adds movements to their months' counts (each area once per movement: <see cref="CountedAreas"/>), netted per
    /// count and written in one statement in the caller's transaction (the consumer's, with its inbox rows), in key
    /// order, so two writers adding to the same counts wait for each other rather than deadlock.
    /// </summary>
    public Task AddAllAsync(IEnumerable<Tally> tallies, CancellationToken cancellationToken)
    {
        var rows = tallies.GroupBy(t => t with { Days = 0 })
            .Select(g => (Key: g.Key, Count: (long)g.Count(), Days: g.Sum(t => (long)t.Days)))
            .OrderBy(r => r.Key.AreaCode, StringComparer.Ordinal).ThenBy(r => r.Key.Month).ThenBy(r => r.Key.EventType, StringComparer.Ordinal)
            .ThenBy(r => r.Key.SenProvision, StringComparer.Ordinal).ThenBy(r => r.Key.PrimaryNeed, StringComparer.Ordinal)
            .ThenBy(r => r.Key.DeletionGround, StringComparer.Ordinal)
            .ToList();
        if (rows.Count == 0) return Task.CompletedTask;
        var areas = rows.Select(r => r.Key.AreaCode).ToArray();
        var months = rows.Select(r => r.Key.Month).ToArray();
        var types = rows.Select(r => r.Key.EventType).ToArray();
        var provisions = rows.Select(r => r.Key.SenProvision).ToArray();
        var needs = rows.Select(r => r.Key.PrimaryNeed).ToArray();
        var grounds = rows.Select(r => r.Key.DeletionGround).ToArray();
        var counts = rows.Select(r => r.Count).ToArray();
        var days = rows.Select(r => r.Days).ToArray();
        return db.Database.ExecuteSqlAsync($"""
            INSERT INTO movement_counts ("AreaCode", "Month", "EventType", "SenProvision", "PrimaryNeed", "DeletionGround", "Count", "Days")
            SELECT * FROM unnest({areas}, {months}, {types}, {provisions}, {needs}, {grounds}, {counts}, {days})
            ON CONFLICT ("AreaCode", "Month", "EventType", "SenProvision", "PrimaryNeed", "DeletionGround")
            DO UPDATE SET "Count" = movement_counts."Count" + excluded."Count", "Days" = movement_counts."Days" + excluded."Days"
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
