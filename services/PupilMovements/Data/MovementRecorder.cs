using SendPlatform.ServiceDefaults.Identifiers;
using Microsoft.EntityFrameworkCore;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.PupilMovements.Domain;
using SendPlatform.PupilMovements.Domain.Oversight;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.PupilMovements.Data;

/// <summary>
/// Records movements inside the caller's transaction: each movement, its pupil's recomputed status, PupilMoved,
/// and the alerts it raises, so all of it commits or none of it does. A batch costs the same few round trips as one
/// movement (lock, read, write), which is what makes bulk returns fast. Used by the API and the AP event consumers.
/// </summary>
public sealed class MovementRecorder(MovementsDbContext db, AlertLedger alerts, OffRollingCheck offRolling)
{
    public async Task<IReadOnlyList<(PupilMovement Movement, PupilTimeline Timeline)>> RecordAsync(IReadOnlyList<PendingMovement> items,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        // One pupil's movements are applied one at a time, so their status is always the fold of all of them. The
        // locks are taken in one order (the array's), so two batches sharing pupils wait rather than deadlock.
        var upns = items.Select(i => i.Notification.Upn).Distinct().Order(StringComparer.Ordinal).ToArray();
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext(u)) FROM unnest({upns}) WITH ORDINALITY AS t(u, n) ORDER BY n", cancellationToken);
        var recorded = (await db.Movements.AsNoTracking().Where(m => upns.Contains(m.Upn)).ToListAsync(cancellationToken)).ToLookup(m => m.Upn);
        var pupils = await db.Pupils.Where(p => upns.Contains(p.Upn)).ToDictionaryAsync(p => p.Upn, cancellationToken);
        var pending = upns.ToDictionary(u => u, _ => new List<PupilMovement>());

        var results = new List<(PupilMovement, PupilTimeline)>(items.Count);
        foreach (var (notification, notifiedBy, key) in items)
        {
            var movement = PupilMovement.Record(notification, notifiedBy, key, now);
            var timeline = PupilTimeline.Of(recorded[notification.Upn], [.. pending[notification.Upn], movement]);
            pending[notification.Upn].Add(movement);
            db.Movements.Add(movement);
            if (!pupils.TryGetValue(notification.Upn, out var pupil)) db.Pupils.Add(pupils[notification.Upn] = pupil = RegisteredPupil.For(notification.Upn));
            pupil.Update(timeline, now);
            db.EnqueueIntegrationEvent(new PupilMoved(movement.Id, movement.Upn, movement.Type.ToString(), movement.EffectiveDate, movement.FromUrn,
                movement.ToUrn, movement.Destination, movement.ResponsibleLaCode, movement.Pupil.SenProvision) { OccurredAt = now });
            results.Add((movement, timeline));
        }
        // One round trip for the movements, pupils and events; a repeated idempotency key fails here, on the unique index.
        await db.SaveChangesAsync(cancellationToken);

        var today = EnglandCalendar.DateOf(now);
        foreach (var (movement, _) in results)
        {
            foreach (var occurrence in OversightRules.ForMovement(movement)) await alerts.RaiseAsync(occurrence, now, cancellationToken);
            if (movement.CountsTowardsOffRolling)
                await offRolling.EvaluateAsync(movement.ResponsibleLaCode, movement.FromUrn!, movement.Phase, today, now, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        return results;
    }

    public async Task<PupilTimeline> TimelineAsync(string upn, CancellationToken cancellationToken) =>
        PupilTimeline.Of(await db.Movements.AsNoTracking().Where(m => m.Upn == upn).ToListAsync(cancellationToken));

    /// <summary>Whether the same move (pupil, type, setting and date) is already recorded, however it was notified.</summary>
    public Task<bool> AlreadyRecordedAsync(string upn, MovementType type, string urn, DateOnly date, CancellationToken cancellationToken) =>
        db.Movements.AnyAsync(m => m.Upn == upn && m.Type == type && m.EffectiveDate == date
            && (type == MovementType.OutOfAp ? m.FromUrn == urn : m.ToUrn == urn), cancellationToken);
}
