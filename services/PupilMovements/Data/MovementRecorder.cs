using Microsoft.EntityFrameworkCore;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.PupilMovements.Domain;
using SendPlatform.PupilMovements.Domain.Oversight;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.PupilMovements.Data;

/// <summary>
/// Records one movement inside the caller's transaction: the movement, the pupil's recomputed status, PupilMoved,
/// and the alerts the movement raises, so all of it commits or none of it does. Used by the API and by the
/// consumers of AP placement events alike.
/// </summary>
public sealed class MovementRecorder(MovementsDbContext db, AlertLedger alerts, OffRollingCheck offRolling)
{
    public async Task<(PupilMovement Movement, PupilTimeline Timeline)> RecordAsync(MovementNotification notification, string notifiedBy,
        string? idempotencyKey, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // One pupil's movements are applied one at a time, so their status is always the fold of all of them.
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({notification.Upn}))", cancellationToken);
        var movement = PupilMovement.Record(notification, notifiedBy, idempotencyKey, now);
        db.Movements.Add(movement);
        await db.SaveChangesAsync(cancellationToken);

        var timeline = await TimelineAsync(notification.Upn, cancellationToken);
        var pupil = await db.Pupils.SingleOrDefaultAsync(p => p.Upn == notification.Upn, cancellationToken);
        if (pupil is null) db.Pupils.Add(pupil = RegisteredPupil.For(notification.Upn));
        pupil.Update(timeline, now);
        db.EnqueueIntegrationEvent(new PupilMoved(movement.Id, movement.Upn, movement.Type.ToString(), movement.EffectiveDate, movement.FromUrn,
            movement.ToUrn, movement.Destination, movement.ResponsibleLaCode, movement.Pupil.SenProvision) { OccurredAt = now });

        foreach (var occurrence in OversightRules.ForMovement(movement)) await alerts.RaiseAsync(occurrence, now, cancellationToken);
        if (movement.CountsTowardsOffRolling)
            await offRolling.EvaluateAsync(movement.ResponsibleLaCode, movement.FromUrn!, movement.Phase, SchoolDays.DateInEngland(now), now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return (movement, timeline);
    }

    public async Task<PupilTimeline> TimelineAsync(string upn, CancellationToken cancellationToken) =>
        PupilTimeline.Of(await db.Movements.AsNoTracking().Where(m => m.Upn == upn).ToListAsync(cancellationToken));

    /// <summary>Whether the same move (pupil, type, setting and date) is already recorded, however it was notified.</summary>
    public Task<bool> AlreadyRecordedAsync(string upn, MovementType type, string urn, DateOnly date, CancellationToken cancellationToken) =>
        db.Movements.AnyAsync(m => m.Upn == upn && m.Type == type && m.EffectiveDate == date
            && (type == MovementType.OutOfAp ? m.FromUrn == urn : m.ToUrn == urn), cancellationToken);
}
