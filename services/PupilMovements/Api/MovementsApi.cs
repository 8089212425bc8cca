using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using SendPlatform.PupilMovements.Data;
using SendPlatform.PupilMovements.Domain;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ServiceDefaults.Errors;
using SendPlatform.ServiceDefaults.Grpc;
using SendPlatform.ServiceDefaults.Identifiers;
using SendPlatform.ServiceDefaults.Identity;
using Proto = SendPlatform.Contracts.Movements.V1;

namespace SendPlatform.PupilMovements.Api;

public sealed class MovementsApi(MovementsDbContext db, MovementRecorder recorder, TimeProvider clock) : Proto.PupilMovements.PupilMovementsBase
{
    private const int MaxBatchItems = 10_000;
    private const int ProgressEvery = 100;

    public override Task<Proto.MovementRecorded> RecordMovement(Proto.RecordMovementRequest request, ServerCallContext context) =>
        RecordOneAsync(context.GetCaller(), request, context.CancellationToken);

    public override async Task RecordMovements(IAsyncStreamReader<Proto.RecordMovementRequest> requests,
        IServerStreamWriter<Proto.RecordMovementsReply> responses, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var progress = new Proto.BatchProgress();
        await foreach (var request in requests.ReadAllAsync(context.CancellationToken))
        {
            var result = await RecordItemAsync(caller, request, progress, context.CancellationToken);
            await responses.WriteAsync(new Proto.RecordMovementsReply { Result = result });
            if (progress.Received % ProgressEvery == 0) await responses.WriteAsync(new Proto.RecordMovementsReply { Progress = progress.Clone() });
        }
        await responses.WriteAsync(new Proto.RecordMovementsReply { Progress = progress });
    }

    public override async Task<Proto.RecordMovementBatchResponse> RecordMovementBatch(Proto.RecordMovementBatchRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        if (request.Items.Count is 0 or > MaxBatchItems)
            throw new RequestValidationException([new FieldViolation("items", $"a batch has 1 to {MaxBatchItems} items; stream larger returns over gRPC")]);
        var response = new Proto.RecordMovementBatchResponse { Progress = new Proto.BatchProgress() };
        foreach (var item in request.Items) response.Results.Add(await RecordItemAsync(caller, item, response.Progress, context.CancellationToken));
        return response;
    }

    /// <summary>One item of a batch: recorded, or refused with the same detail a single call would give.</summary>
    private async Task<Proto.BatchItemResult> RecordItemAsync(CallerOrganisation caller, Proto.RecordMovementRequest request, Proto.BatchProgress progress, CancellationToken cancellationToken)
    {
        var result = new Proto.BatchItemResult { Index = progress.Received++ };
        try
        {
            result.Recorded = await RecordOneAsync(caller, request, cancellationToken);
            progress.Recorded++;
        }
        catch (Exception ex) when (ErrorStatus.For(ex) is { } status)
        {
            result.Error = new Proto.BatchItemError { Code = ((Grpc.Core.StatusCode)status.Code).ToString(), Message = status.Message };
            if (ex is RequestValidationException invalid)
                result.Error.FieldViolations.AddRange(invalid.Violations.Select(f => new Proto.BatchFieldViolation { Field = f.Field, Description = f.Description }));
            progress.Rejected++;
        }
        return result;
    }

    private async Task<Proto.MovementRecorded> RecordOneAsync(CallerOrganisation caller, Proto.RecordMovementRequest request, CancellationToken cancellationToken)
    {
        var key = string.IsNullOrWhiteSpace(request.IdempotencyKey) ? null : request.IdempotencyKey.Trim();
        if (key is not null && await FirstResultAsync(caller, key, cancellationToken) is { } repeat) return repeat;

        var now = clock.GetStorageNow();
        var v = new Violations();
        if (key is { Length: > 100 }) v.Add("idempotency_key", "must be at most 100 characters");
        var notification = MovementValidation.Parse(request, now, v);
        v.ThrowIfAny();
        MovementTenancy.RequireMayNotify(caller, notification!);

        try
        {
            return await RecordAsync(notification!, caller, key, now, cancellationToken);
        }
        catch (DbUpdateException ex) when (key is not null && ex.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            // The same key arrived twice at once: the other request recorded it; answer as it did.
            return (await FirstResultAsync(caller, key, cancellationToken))!;
        }
    }

    public override async Task<Proto.PupilTimeline> GetPupilTimeline(Proto.GetPupilTimelineRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        if (!Upn.TryParse(request.Upn, out var upn, out var reason)) throw new RequestValidationException([new FieldViolation("upn", reason)]);
        var timeline = await recorder.TimelineAsync(upn.Value.Value, context.CancellationToken);
        if (timeline.Movements.Count == 0) throw new NotFoundException("Pupil", "with that UPN");
        MovementTenancy.RequireMayRead(caller, timeline);
        var state = timeline.State!;
        return new Proto.PupilTimeline
        {
            Upn = upn.Value.Value,
            ResponsibleLaCode = timeline.ResponsibleLaCode!,
            Status = (Proto.PupilStatus)(int)state.Status,
            StatusUrn = state.Urn ?? "",
            Destination = state.Destination ?? "",
            Movements = { timeline.Movements.Select(m => m.ToProto()) },
            Findings = { timeline.Findings.Select(f => f.ToProto()) },
        };
    }

    public override async Task<Proto.ListChildrenNotInSchoolResponse> ListChildrenNotInSchool(Proto.ListChildrenNotInSchoolRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var v = new Violations();
        if (!LaCode.TryParse(request.LaCode, out var la, out var reason)) v.Add("la_code", reason);
        var paging = Paging.From(request.Page, v);
        v.ThrowIfAny();
        MovementTenancy.RequireLocalAuthority(caller, la!.Value.Value);

        var query = db.Pupils.AsNoTracking().Where(p => p.ResponsibleLaCode == la.Value.Value && RegisteredPupil.NotInSchool.Contains(p.Status));
        var total = await query.CountAsync(context.CancellationToken);
        if (paging.AfterKey is { } after) query = query.Where(p => string.Compare(p.Upn, after) > 0);
        var rows = await query.OrderBy(p => p.Upn).Take(paging.PageSize + 1).ToListAsync(context.CancellationToken);
        var page = paging.Respond(rows, p => p.Upn, total);
        return new Proto.ListChildrenNotInSchoolResponse
        {
            Children =
            {
                rows.Select(p => new Proto.ChildNotInSchool
                {
                    Upn = p.Upn, Status = (Proto.PupilStatus)(int)p.Status, Since = WireFormats.Date(p.StatusSince), SenProvision = p.SenProvision,
                }),
            },
            Page = page,
        };
    }

    public override async Task<Proto.ListMovementsResponse> ListMovements(Proto.ListMovementsRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var v = new Violations();
        if (!LaCode.TryParse(request.LaCode, out var la, out var reason)) v.Add("la_code", reason);
        var from = WireFormats.Date(request.Period?.Start ?? "", "period.start", v, required: false);
        var to = WireFormats.Date(request.Period?.End ?? "", "period.end", v, required: false);
        if (from is not null && to is not null && to < from) v.Add("period.end", "must not be before period.start");
        if (request.Type != Proto.MovementType.Unspecified && !Enum.IsDefined((MovementType)(int)request.Type)) v.Add("type", "is not a movement type");
        string? urn = null;
        if (!string.IsNullOrWhiteSpace(request.Urn))
        {
            if (Urn.TryParse(request.Urn, out var parsed, out var urnReason)) urn = parsed.Value.Value;
            else v.Add("urn", urnReason);
        }
        var paging = Paging.From(request.Page, v);
        (DateOnly Date, long Sequence)? after = null;
        if (paging.AfterKey is not null)
        {
            var parts = paging.AfterKey.Split('|');
            if (parts.Length == 2 && DateOnly.TryParse(parts[0], out var d) && long.TryParse(parts[1], out var n)) after = (d, n);
            else v.Add("page.page_token", "is not a token this endpoint issued");
        }
        v.ThrowIfAny();
        MovementTenancy.RequireLocalAuthority(caller, la!.Value.Value);

        var query = db.Movements.AsNoTracking().Where(m => m.ResponsibleLaCode == la.Value.Value);
        if (from is { } f) query = query.Where(m => m.EffectiveDate >= f);
        if (to is { } t) query = query.Where(m => m.EffectiveDate <= t);
        if (request.Type != Proto.MovementType.Unspecified)
        {
            var type = (MovementType)(int)request.Type;
            query = query.Where(m => m.Type == type);
        }
        if (urn is not null) query = query.Where(m => m.FromUrn == urn || m.ToUrn == urn);
        var total = await query.CountAsync(context.CancellationToken);
        if (after is var (ad, an)) query = query.Where(m => m.EffectiveDate < ad || (m.EffectiveDate == ad && m.Sequence < an));
        var rows = await query.OrderByDescending(m => m.EffectiveDate).ThenByDescending(m => m.Sequence)
            .Take(paging.PageSize + 1).ToListAsync(context.CancellationToken);
        var page = paging.Respond(rows, m => $"{m.EffectiveDate:yyyy-MM-dd}|{m.Sequence}", total);
        return new Proto.ListMovementsResponse
        {
            Movements = { rows.Select(m => new Proto.MovementSummary { Upn = m.Upn, Movement = m.ToProto() }) },
            Page = page,
        };
    }

    private async Task<Proto.MovementRecorded> RecordAsync(MovementNotification notification, CallerOrganisation caller, string? key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var (movement, timeline) = await recorder.RecordAsync(notification, caller.OrgId, key, now, ct);
            await transaction.CommitAsync(ct);
            return Recorded(movement, timeline, repeated: false);
        }, cancellationToken);
    }

    private async Task<Proto.MovementRecorded?> FirstResultAsync(CallerOrganisation caller, string key, CancellationToken cancellationToken)
    {
        var first = await db.Movements.AsNoTracking().SingleOrDefaultAsync(m => m.NotifiedBy == caller.OrgId && m.IdempotencyKey == key, cancellationToken);
        return first is null ? null : Recorded(first, await recorder.TimelineAsync(first.Upn, cancellationToken), repeated: true);
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
