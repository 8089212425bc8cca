using Microsoft.EntityFrameworkCore;
using SendPlatform.InclusionDashboard.Domain.Figures;
using SendPlatform.InclusionDashboard.Domain.Geography;

namespace SendPlatform.InclusionDashboard.Data;

public sealed class PupilStatuses(DashboardDbContext db)
{
    /// <summary>
    /// Adds the point and rebuilds the pupil's spells not in school from all their points, under a lock on the pupil
    /// (two of their events at once must not each rebuild from half), in the consumer's transaction.
    /// </summary>
    public async Task RecordAsync(PupilStatusPoint point, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({"pupil:" + point.PupilKey}, 0))", cancellationToken);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO pupil_status_points ("MovementId", "PupilKey", "EffectiveDate", "RecordedAt", "Status", "LaCode")
            VALUES ({point.MovementId}, {point.PupilKey}, {point.EffectiveDate}, {point.RecordedAt}, {point.Status}, {point.LaCode})
            ON CONFLICT ("MovementId") DO NOTHING
            """, cancellationToken);
        var points = await db.PupilStatusPoints.AsNoTracking().Where(p => p.PupilKey == point.PupilKey)
            .Select(p => new StatusIntervals.Point(p.EffectiveDate, p.RecordedAt, p.Status, p.LaCode)).ToListAsync(cancellationToken);
        await db.NotInSchoolSpells.Where(s => s.PupilKey == point.PupilKey).ExecuteDeleteAsync(cancellationToken);
        db.NotInSchoolSpells.AddRange(StatusIntervals.Of(points).Select(i => new NotInSchoolSpell
            { PupilKey = point.PupilKey, From = i.From, To = i.To, Status = i.Status, LaCode = i.LaCode }));
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
