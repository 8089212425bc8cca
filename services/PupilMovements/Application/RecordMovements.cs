using Microsoft.Extensions.Options;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.PupilMovements.Data;
using SendPlatform.PupilMovements.Domain;
using SendPlatform.PupilMovements.Domain.Oversight;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ServiceDefaults.Errors;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.PupilMovements.Application;

/// <summary>
/// Recording movements, for a single notification, a bulk return and the AP placement events alike. Under a lock
/// per pupil, each notification is authorised against what is stored (<see cref="PupilAccess"/>), stamped with the
/// responsible LA the platform holds, and recorded with the pupil's recomputed status, its PupilMoved (a chunk's
/// together, as one PupilsMoved) and the alerts it raises, so all of it commits or none of it does. A refusal is that
/// item's answer; the others still record. A batch costs the same few round trips and statements as one movement:
/// the locks with the reads (<see cref="MovementReads"/>), one write of three statements (<see cref="MovementWrites"/>),
/// the commit. An idempotency key already used by the same organisation answers with the first result and records
/// nothing.
/// </summary>
public sealed class RecordMovements(MovementsDbContext db, AlertLedger alerts, OffRollingCheck offRolling, IOptions<OversightThresholds> thresholds,
    OutboxSignal signal, TimeProvider clock)
{
    /// <summary>Bulk returns are recorded this many at a time: one commit each, and no lock held for long.</summary>
    public const int ChunkSize = 100;

    /// <summary>Decides the responsible LA for one notification from the stored pupil, or throws the refusal.</summary>
    private delegate string Authorise(MovementNotification n, RegisteredPupil? pupil, PupilTimeline timeline, IReadOnlyDictionary<string, string> settingAreas);

    public DateTimeOffset Now() => clock.GetStorageNow();

    /// <summary>A partner's notifications (at most <see cref="ChunkSize"/>), each answered on its own.</summary>
    public async Task<IReadOnlyList<MovementOutcome>> ByPartnerAsync(CallerOrganisation caller, IReadOnlyList<Notice> items, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var answers = new MovementOutcome?[items.Count];
        // In a bulk return, keys used before are found in one query; a single call learns it from the unique index instead.
        var keys = items.Count > 1 ? items.Where(i => i.IdempotencyKey is not null).Select(i => i.IdempotencyKey!).Distinct().ToArray() : [];
        if (keys.Length > 0)
        {
            var earlier = await db.Movements.AsNoTracking().Where(m => m.NotifiedBy == caller.OrgId && keys.Contains(m.IdempotencyKey!)).ToListAsync(cancellationToken);
            foreach (var first in earlier)
            {
                var answer = await RepeatAsync(caller, first, cancellationToken);
                for (var i = 0; i < items.Count; i++)
                    if (items[i].IdempotencyKey == first.IdempotencyKey) answers[i] = answer;
            }
        }
        // The same key twice in one return: the first copy records, the others answer as its repeats.
        var toRecord = new List<int>();
        var firstWithKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var copies = new List<(int Copy, int Of)>();
        for (var i = 0; i < items.Count; i++)
        {
            if (answers[i] is not null) continue;
            if (items[i].IdempotencyKey is { } key && !firstWithKey.TryAdd(key, i)) copies.Add((i, firstWithKey[key]));
            else toRecord.Add(i);
        }
        if (toRecord.Count > 0)
        {
            try
            {
                var pending = toRecord.Select(i => items[i]).ToList();
                var outcomes = await db.InTransactionAsync(ct => RecordAsync(pending, caller.OrgId, PupilAccess.SettingsToLocate(caller, pending.Select(p => p.Notification)),
                    (n, pupil, timeline, areas) => PupilAccess.ResponsibleLaFor(caller, n, pupil, timeline, areas), now, ct), cancellationToken);
                for (var k = 0; k < toRecord.Count; k++)
                {
                    var i = toRecord[k];
                    // A retry of a notification already recorded answers with its first result, even if the pupil has moved on since.
                    answers[i] = outcomes[k] is not { Refusal: { } refusal } ? Answer(caller, outcomes[k], repeated: false)
                        : items[i].IdempotencyKey is { } key && await FirstResultAsync(caller, key, cancellationToken) is { } first ? first
                        : MovementOutcome.Refused(refusal);
                }
            }
            catch (PostgresException ex) when (ex.IsUniqueViolation(MovementConfiguration.IdempotencyIndex))
            {
                // A key was used before (or by a request at the same moment): nothing of this transaction was kept.
                if (toRecord.Count == 1)
                    answers[toRecord[0]] = await FirstResultAsync(caller, items[toRecord[0]].IdempotencyKey!, cancellationToken)
                        ?? throw new InvalidOperationException("The idempotency key's first movement vanished.", ex);
                else
                    foreach (var i in toRecord) answers[i] = (await ByPartnerAsync(caller, [items[i]], now, cancellationToken))[0];
            }
        }
        foreach (var (copy, of) in copies) answers[copy] = answers[of]! with { Repeated = answers[of]!.Refusal is null };
        return answers!;
    }

    /// <summary>
    /// A move that an AP placement event reports, inside the consumer's transaction. ap-commissioning is trusted
    /// for it; the pupil keeps the responsible LA held here, and a pupil new to the platform becomes the commissioning LA's.
    /// </summary>
    public async Task FromApPlacementAsync(IReadOnlyList<Notice> notices, string commissioningLaCode, string notifiedBy, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (notices.Count == 0) return;
        var outcomes = await RecordAsync(notices, notifiedBy, [], (_, pupil, _, _) => pupil?.ResponsibleLaCode ?? commissioningLaCode, now, cancellationToken);
        if (outcomes.FirstOrDefault(o => o.Refusal is not null)?.Refusal is { } refusal) throw refusal;
    }

    private async Task<IReadOnlyList<Recording>> RecordAsync(IReadOnlyList<Notice> items, string notifiedBy, IEnumerable<string> settingsToLocate, Authorise authorise,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        // One pupil's movements are applied one at a time, so their status is always the fold of all of them. The
        // locks are taken in one order (the array's), so two batches sharing pupils wait rather than deadlock.
        var upns = items.Select(i => i.Notification.Upn).Distinct().Order(StringComparer.Ordinal).ToArray();
        var (pupils, recorded, areas) = await MovementReads.LockAndReadAsync(db, upns, [.. settingsToLocate], cancellationToken);
        var pending = upns.ToDictionary(u => u, _ => new List<PupilMovement>());

        var results = new List<Recording>(items.Count);
        var movements = new List<PupilMovement>(items.Count);
        var touched = new Dictionary<string, RegisteredPupil>(StringComparer.Ordinal);
        var events = new List<PupilMoved>(items.Count);
        foreach (var (notification, key) in items)
        {
            var upn = notification.Upn;
            pupils.TryGetValue(upn, out var pupil);
            string responsible;
            try { responsible = authorise(notification, pupil, PupilTimeline.Of(recorded[upn], pending[upn]), areas); }
            catch (Exception refusal) when (ErrorStatus.For(refusal) is not null)
            {
                results.Add(new Recording(null, null, null, refusal));
                continue;
            }
            var movement = PupilMovement.Record(notification, responsible, notifiedBy, key, now);
            pending[upn].Add(movement);
            var timeline = PupilTimeline.Of(recorded[upn], pending[upn]);
            movements.Add(movement);
            pupil ??= pupils[upn] = RegisteredPupil.For(upn, responsible);
            pupil.Update(movement, timeline, now);
            touched[upn] = pupil;
            events.Add(new PupilMoved(movement.Id, movement.Upn, movement.Type.ToString(), movement.EffectiveDate, movement.FromUrn,
                movement.ToUrn, movement.Destination, movement.ResponsibleLaCode, movement.Pupil.SenProvision)
            {
                OccurredAt = now, PrimaryNeed = movement.Pupil.PrimaryNeed, DeletionGround = movement.DeletionGround, SuspensionDays = movement.SuspensionDays,
                StatusAfter = timeline.StatusAfter(movement.Id)?.ToString(),
            });
            results.Add(new Recording(movement, pupil, timeline, null));
        }
        // One round trip for the movements, pupils and events; a repeated idempotency key fails here, on the unique index.
        if (movements.Count > 0)
        {
            // A chunk's movements leave as one message (the broker's cost is per message); one alone, as itself.
            IntegrationEvent announced = events.Count == 1 ? events[0] : new PupilsMoved(events) { OccurredAt = now };
            await MovementWrites.WriteAsync(db, movements, touched.Values, [announced], cancellationToken);
            signal.Written(db);
        }

        var today = EnglandCalendar.DateOf(now);
        foreach (var movement in movements)
        {
            foreach (var occurrence in OversightRules.ForMovement(movement, thresholds.Value)) await alerts.RaiseAsync(occurrence, now, cancellationToken);
            if (movement.CountsTowardsOffRolling)
                await offRolling.EvaluateAsync(movement.ResponsibleLaCode, movement.FromUrn!, movement.Phase, today, now, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        return results;
    }

    private async Task<MovementOutcome?> FirstResultAsync(CallerOrganisation caller, string key, CancellationToken cancellationToken)
    {
        var first = await db.Movements.AsNoTracking().SingleOrDefaultAsync(m => m.NotifiedBy == caller.OrgId && m.IdempotencyKey == key, cancellationToken);
        return first is null ? null : await RepeatAsync(caller, first, cancellationToken);
    }

    private async Task<MovementOutcome> RepeatAsync(CallerOrganisation caller, PupilMovement first, CancellationToken cancellationToken)
    {
        var pupil = await db.Pupils.AsNoTracking().SingleAsync(p => p.Upn == first.Upn, cancellationToken);
        var timeline = PupilTimeline.Of(await db.Movements.AsNoTracking().Where(m => m.Upn == first.Upn).ToListAsync(cancellationToken));
        return Answer(caller, new Recording(first, pupil, timeline, null), repeated: true);
    }

    /// <summary>The pupil's status after the movement goes back only to a caller who may see where the pupil is now.</summary>
    private static MovementOutcome Answer(CallerOrganisation caller, Recording r, bool repeated) => new(
        r.Movement!.Id, repeated, PupilAccess.SeesInFull(caller, r.Pupil!, r.Timeline!) ? r.Timeline!.State : null,
        r.Timeline!.Findings.Where(f => f.MovementId == r.Movement.Id).ToList(), null);

    private sealed record Recording(PupilMovement? Movement, RegisteredPupil? Pupil, PupilTimeline? Timeline, Exception? Refusal);
}
