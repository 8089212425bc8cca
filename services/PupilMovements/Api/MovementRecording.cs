using Microsoft.EntityFrameworkCore;
using SendPlatform.PupilMovements.Data;
using SendPlatform.PupilMovements.Domain;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ServiceDefaults.Errors;
using SendPlatform.ServiceDefaults.Grpc;
using SendPlatform.ServiceDefaults.Identity;
using Proto = SendPlatform.Contracts.Movements.V1;

namespace SendPlatform.PupilMovements.Api;

/// <summary>
/// Notifications in, answers out, for single calls and bulk returns alike: each request is validated and checked
/// for tenancy on its own (a refusal is that item's answer), then the valid ones are recorded together in one
/// transaction. An idempotency key already used answers with the first result and records nothing.
/// </summary>
public sealed class MovementRecording(MovementsDbContext db, MovementRecorder recorder, TimeProvider clock)
{
    /// <summary>Bulk returns are recorded this many at a time: one commit each, and no lock held for long.</summary>
    public const int ChunkSize = 100;

    public PendingMovement Prepare(CallerOrganisation caller, Proto.RecordMovementRequest request, DateTimeOffset now)
    {
        var v = new Violations();
        var key = IdempotencyKeys.Parse(request.IdempotencyKey, v);
        var notification = MovementValidation.Parse(request, now, v);
        v.ThrowIfAny();
        MovementTenancy.RequireMayNotify(caller, notification!);
        return new PendingMovement(notification!, caller.OrgId, key);
    }

    public DateTimeOffset Now() => clock.GetStorageNow();

    /// <summary>Records a chunk (at most <see cref="ChunkSize"/>); one bad request never stops the others.</summary>
    public async Task<List<Proto.BatchItemResult>> RecordChunkAsync(CallerOrganisation caller, IReadOnlyList<(int Index, Proto.RecordMovementRequest Request)> chunk,
        CancellationToken cancellationToken)
    {
        var now = Now();
        var results = chunk.Select(c => new Proto.BatchItemResult { Index = c.Index }).ToList();
        var valid = new List<(int Slot, PendingMovement Pending)>();
        for (var slot = 0; slot < chunk.Count; slot++)
        {
            try { valid.Add((slot, Prepare(caller, chunk[slot].Request, now))); }
            catch (Exception ex) when (ErrorStatus.For(ex) is { } status) { results[slot].Error = Refusal(ex, status); }
        }
        var recorded = await RecordAsync(caller, valid.Select(v => v.Pending).ToList(), now, cancellationToken);
        for (var i = 0; i < valid.Count; i++) results[valid[i].Slot].Recorded = recorded[i];
        return results;
    }

    public async Task<IReadOnlyList<Proto.MovementRecorded>> RecordAsync(CallerOrganisation caller, IReadOnlyList<PendingMovement> items, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var answers = new Proto.MovementRecorded?[items.Count];
        // In a bulk return, keys used before are found in one query; a single call learns it from the unique index instead.
        var keys = items.Count > 1 ? items.Where(i => i.IdempotencyKey is not null).Select(i => i.IdempotencyKey!).Distinct().ToArray() : [];
        if (keys.Length > 0)
        {
            var earlier = await db.Movements.AsNoTracking().Where(m => m.NotifiedBy == caller.OrgId && keys.Contains(m.IdempotencyKey!)).ToListAsync(cancellationToken);
            foreach (var first in earlier)
            {
                var answer = Recorded(first, await recorder.TimelineAsync(first.Upn, cancellationToken), repeated: true);
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
                var movements = await db.InTransactionAsync(ct => recorder.RecordAsync(pending, now, ct), cancellationToken);
                for (var k = 0; k < toRecord.Count; k++) answers[toRecord[k]] = Recorded(movements[k].Movement, movements[k].Timeline, repeated: false);
            }
            catch (DbUpdateException ex) when (ex.IsUniqueViolation(MovementConfiguration.IdempotencyIndex))
            {
                // A key was used before (or by a request at the same moment): nothing of this transaction was kept.
                if (toRecord.Count == 1)
                    answers[toRecord[0]] = await FirstResultAsync(caller, items[toRecord[0]].IdempotencyKey!, cancellationToken)
                        ?? throw new InvalidOperationException("The idempotency key's first movement vanished.", ex);
                else
                    foreach (var i in toRecord) answers[i] = (await RecordAsync(caller, [items[i]], now, cancellationToken))[0];
            }
        }
        foreach (var (copy, of) in copies)
        {
            answers[copy] = answers[of]!.Clone();
            answers[copy]!.RepeatedRequest = true;
        }
        return answers!;
    }

    public async Task<Proto.MovementRecorded?> FirstResultAsync(CallerOrganisation caller, string key, CancellationToken cancellationToken)
    {
        var first = await db.Movements.AsNoTracking().SingleOrDefaultAsync(m => m.NotifiedBy == caller.OrgId && m.IdempotencyKey == key, cancellationToken);
        return first is null ? null : Recorded(first, await recorder.TimelineAsync(first.Upn, cancellationToken), repeated: true);
    }

    private static Proto.BatchItemError Refusal(Exception ex, Google.Rpc.Status status)
    {
        var error = new Proto.BatchItemError { Code = ((Grpc.Core.StatusCode)status.Code).ToString(), Message = status.Message };
        if (ex is RequestValidationException invalid)
            error.FieldViolations.AddRange(invalid.Violations.Select(f => new Proto.BatchFieldViolation { Field = f.Field, Description = f.Description }));
        return error;
    }

    private static Proto.MovementRecorded Recorded(PupilMovement movement, PupilTimeline timeline, bool repeated) => new()
    {
        MovementId = movement.Id.ToString(),
        RepeatedRequest = repeated,
        Status = (Proto.PupilStatus)(int)timeline.State!.Status,
        StatusUrn = timeline.State.Urn ?? "",
        Findings = { timeline.Findings.Where(f => f.MovementId == movement.Id).Select(f => f.ToProto()) },
    };
}
