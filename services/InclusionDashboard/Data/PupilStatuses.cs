using Microsoft.EntityFrameworkCore;
using SendPlatform.InclusionDashboard.Domain.Figures;
using SendPlatform.InclusionDashboard.Domain.Geography;
using SendPlatform.ServiceDefaults.Database;

namespace SendPlatform.InclusionDashboard.Data;

public sealed class PupilStatuses(DashboardDbContext db)
{
    /// <summary>
    /// Adds the points (a batch of movements) and rebuilds each of their pupils' spells not in school from all their
    /// points, under a lock on each pupil (two of a pupil's events at once must not each rebuild from half), in the
    /// consumer's transaction: five statements for the batch, whatever its size. The pupils are locked in one order,
    /// so batches sharing pupils wait for each other rather than deadlock.
    /// </summary>
    public async Task RecordAllAsync(IReadOnlyList<PupilStatusPoint> points, CancellationToken cancellationToken)
    {
        if (points.Count == 0) return;
        var pupils = points.Select(p => p.PupilKey).Distinct().Order(StringComparer.Ordinal).ToArray();
        await db.Database.LockAllAsync([.. pupils.Select(k => "pupil:" + k)], cancellationToken);
        var movements = points.Select(p => p.MovementId).ToArray();
        var keys = points.Select(p => p.PupilKey).ToArray();
        var dates = points.Select(p => p.EffectiveDate).ToArray();
        var recorded = points.Select(p => p.RecordedAt).ToArray();
        var statuses = points.Select(p => p.Status).ToArray();
        var las = points.Select(p => p.LaCode).ToArray();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO pupil_status_points ("MovementId", "PupilKey", "EffectiveDate", "RecordedAt", "Status", "LaCode")
            SELECT * FROM unnest({movements}, {keys}, {dates}, {recorded}, {statuses}, {las})
            ON CONFLICT ("MovementId") DO NOTHING
            """, cancellationToken);
        var all = await db.PupilStatusPoints.AsNoTracking().Where(p => pupils.Contains(p.PupilKey))
            .Select(p => new { p.PupilKey, Point = new StatusIntervals.Point(p.EffectiveDate, p.RecordedAt, p.Status, p.LaCode) }).ToListAsync(cancellationToken);
        await db.NotInSchoolSpells.Where(s => pupils.Contains(s.PupilKey)).ExecuteDeleteAsync(cancellationToken);
        db.NotInSchoolSpells.AddRange(all.GroupBy(p => p.PupilKey).SelectMany(pupil => StatusIntervals.Of(pupil.Select(p => p.Point).ToList())
            .Select(i => new NotInSchoolSpell { PupilKey = pupil.Key, From = i.From, To = i.To, Status = i.Status, LaCode = i.LaCode })));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>How many of the area's children were in each not-in-school status on the day.</summary>
    public async Task<IReadOnlyDictionary<string, long>> OnAsync(Area area, DateOnly day, CancellationToken cancellationToken)
    {
        var spells = db.NotInSchoolSpells.AsNoTracking().Where(s => s.From <= day && (s.To == null || s.To > day));
        if (area.Level != Area.National) spells = spells.Where(s => area.LaCodes.Contains(s.LaCode));
        return await spells.GroupBy(s => s.Status).Select(g => new { g.Key, Count = g.LongCount() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
    }
}
