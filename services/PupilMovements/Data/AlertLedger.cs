using Microsoft.EntityFrameworkCore;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.PupilMovements.Domain.Oversight;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.PupilMovements.Data;

/// <summary>
/// Raises alerts inside the caller's transaction. The insert skips an occurrence already raised instead of
/// failing, so a concurrent evaluation (the sweep on another replica, a redelivered event) never rolls back the
/// movement that triggered it; OversightAlertRaised is enqueued only for the row actually inserted.
/// </summary>
public sealed class AlertLedger(MovementsDbContext db)
{
    public async Task<bool> RaiseAsync(AlertOccurrence occurrence, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var a = OversightAlert.Raise(occurrence, now);
        var inserted = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO oversight_alerts ("Id", "OccurrenceKey", "Type", "Severity", "LaCode", "Upn", "Urn", "Phase", "Reason", "RaisedAt", "DueBy", "Status")
            VALUES ({a.Id}, {a.OccurrenceKey}, {a.Type.ToString()}, {a.Severity.ToString()}, {a.LaCode}, {a.Upn}, {a.Urn}, {a.Phase?.ToString()},
                    {a.Reason}, {a.RaisedAt}, {a.DueBy}, {a.Status.ToString()})
            ON CONFLICT ("OccurrenceKey") DO NOTHING
            """, cancellationToken);
        if (inserted == 0) return false;
        db.EnqueueIntegrationEvent(new OversightAlertRaised(a.Id, a.Type.ToString(), a.Severity.ToString(), a.LaCode, a.Urn, a.DueBy, a.RaisedAt) { OccurredAt = now });
        return true;
    }
}
