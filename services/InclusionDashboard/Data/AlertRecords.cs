using Microsoft.EntityFrameworkCore;
using SendPlatform.InclusionDashboard.Domain.Figures;
using SendPlatform.InclusionDashboard.Domain.Geography;
using SendPlatform.InclusionDashboard.Domain.Periods;

namespace SendPlatform.InclusionDashboard.Data;

/// <summary>The alerts' read model: each event sets only its own columns, so they arrive in any order.</summary>
public sealed class AlertRecords(DashboardDbContext db)
{
    public Task RaisedAsync(Guid alertId, string laCode, string type, DateTimeOffset raisedAt, DateOnly dueBy, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO oversight_alerts ("AlertId", "LaCode", "Type", "RaisedAt", "DueBy") VALUES ({alertId}, {laCode}, {type}, {raisedAt}, {dueBy})
            ON CONFLICT ("AlertId") DO UPDATE SET "RaisedAt" = excluded."RaisedAt", "DueBy" = excluded."DueBy"
            """, cancellationToken);

    public Task AcknowledgedAsync(Guid alertId, string laCode, string type, DateTimeOffset at, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO oversight_alerts ("AlertId", "LaCode", "Type", "AcknowledgedAt") VALUES ({alertId}, {laCode}, {type}, {at})
            ON CONFLICT ("AlertId") DO UPDATE SET "AcknowledgedAt" = excluded."AcknowledgedAt"
            """, cancellationToken);

    public Task ResolvedAsync(Guid alertId, string laCode, string type, DateTimeOffset at, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO oversight_alerts ("AlertId", "LaCode", "Type", "ResolvedAt") VALUES ({alertId}, {laCode}, {type}, {at})
            ON CONFLICT ("AlertId") DO UPDATE SET "ResolvedAt" = excluded."ResolvedAt"
            """, cancellationToken);

    /// <summary>The area's alerts that can figure in the period: raised by its end, or resolved in it.</summary>
    public async Task<IReadOnlyList<AlertFact>> InAreaAsync(Area area, Period period, CancellationToken cancellationToken)
    {
        // Whole days in England: an alert raised at 23:30 UTC on 31 March (00:30 BST) belongs to 1 April.
        var end = new DateTimeOffset(period.EndExclusive.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(1);
        var alerts = db.Alerts.AsNoTracking().Where(a => a.RaisedAt < end || a.ResolvedAt < end);
        if (area.Level != Area.National) alerts = alerts.Where(a => area.LaCodes.Contains(a.LaCode));
        var rows = await alerts.Select(a => new { a.Type, a.RaisedAt, a.DueBy, a.ResolvedAt }).ToListAsync(cancellationToken);
        return [.. rows.Select(a => new AlertFact(a.Type, Day(a.RaisedAt), a.DueBy, Day(a.ResolvedAt)))];
    }

    private static DateOnly? Day(DateTimeOffset? instant) => instant is { } i ? EnglandCalendar.DateOf(i) : null;
}
