using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using SendPlatform.PupilMovements.Application;
using SendPlatform.PupilMovements.Data;
using SendPlatform.PupilMovements.Domain;
using SendPlatform.ServiceDefaults.Grpc;
using Proto = SendPlatform.Contracts.Movements.V1;

namespace SendPlatform.PupilMovements.Api;

public sealed class MovementsApi(MovementsDbContext db, RecordMovements recording, ReadTimeline timelines) : Proto.PupilMovements.PupilMovementsBase
{
    private const int MaxBatchItems = 10_000;
    private const int ProgressEvery = 100;

    /// <summary>A large return streams a term's movements of many settings; more, or longer, goes in another stream.</summary>
    public static readonly StreamLimit StreamLimit = new("movements", 1_000_000, TimeSpan.FromMinutes(60), ItemsPerSecond: 5_000, Burst: 20_000);

    public override async Task<Proto.MovementRecorded> RecordMovement(Proto.RecordMovementRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var now = recording.Now();
        var outcome = (await recording.ByPartnerAsync(caller, [Parse(request, now)], now, context.CancellationToken))[0];
        return outcome.Refusal is { } refusal ? throw refusal : outcome.ToProto();
    }

    /// <summary>
    /// Items are recorded a chunk at a time. A chunk is cut short whenever the client has sent nothing more yet, so
    /// a client that waits for each answer before sending the next is never kept waiting for a full chunk.
    /// </summary>
    public override async Task RecordMovements(IAsyncStreamReader<Proto.RecordMovementRequest> requests,
        IServerStreamWriter<Proto.RecordMovementsReply> responses, ServerCallContext context)
    {
        var caller = context.GetCaller();
        using var stream = StreamLimit.Start(caller, context.CancellationToken);
        await stream.RunAsync(async ct =>
        {
            var progress = new Proto.BatchProgress();
            var chunk = new List<(int, Proto.RecordMovementRequest)>();
            var received = 0;
            var next = requests.MoveNext(ct);
            while (true)
            {
                if (chunk.Count > 0 && (chunk.Count == Application.RecordMovements.ChunkSize || !next.IsCompleted)) await FlushAsync();
                if (!await next) break;
                stream.Count();
                chunk.Add((received++, requests.Current));
                next = requests.MoveNext(ct);
            }
            if (chunk.Count > 0) await FlushAsync();
            await responses.WriteAsync(new Proto.RecordMovementsReply { Progress = progress }, ct);
            return progress;

            async Task FlushAsync()
            {
                foreach (var result in await RecordChunkAsync(caller, chunk, ct))
                {
                    Count(progress, result);
                    await responses.WriteAsync(new Proto.RecordMovementsReply { Result = result }, ct);
                    if (progress.Received % ProgressEvery == 0) await responses.WriteAsync(new Proto.RecordMovementsReply { Progress = progress.Clone() }, ct);
                }
                chunk.Clear();
            }
        });
    }

    public override async Task<Proto.RecordMovementBatchResponse> RecordMovementBatch(Proto.RecordMovementBatchRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        if (request.Items.Count is 0 or > MaxBatchItems)
            throw new RequestValidationException([new FieldViolation("items", $"a batch has 1 to {MaxBatchItems} items; stream larger returns over gRPC")]);
        StreamLimit.Take(caller, request.Items.Count);
        var response = new Proto.RecordMovementBatchResponse { Progress = new Proto.BatchProgress() };
        foreach (var chunk in request.Items.Select((item, i) => (i, item)).Chunk(Application.RecordMovements.ChunkSize))
        {
            foreach (var result in await RecordChunkAsync(caller, chunk, context.CancellationToken))
            {
                Count(response.Progress, result);
                response.Results.Add(result);
            }
        }
        return response;
    }

    /// <summary>Each item is validated on its own (a bad one is that item's answer); the valid ones are recorded together.</summary>
    private async Task<List<Proto.BatchItemResult>> RecordChunkAsync(CallerOrganisation caller, IReadOnlyList<(int Index, Proto.RecordMovementRequest Request)> chunk,
        CancellationToken cancellationToken)
    {
        var now = recording.Now();
        var results = chunk.Select(c => new Proto.BatchItemResult { Index = c.Index }).ToList();
        var valid = new List<(int Slot, Notice Notice)>();
        for (var slot = 0; slot < chunk.Count; slot++)
        {
            try { valid.Add((slot, Parse(chunk[slot].Request, now))); }
            catch (RequestValidationException invalid) { results[slot].Error = MovementMapping.Refusal(invalid); }
        }
        var outcomes = await recording.ByPartnerAsync(caller, valid.Select(v => v.Notice).ToList(), now, cancellationToken);
        for (var i = 0; i < valid.Count; i++)
        {
            var result = results[valid[i].Slot];
            if (outcomes[i].Refusal is { } refusal) result.Error = MovementMapping.Refusal(refusal);
            else result.Recorded = outcomes[i].ToProto();
        }
        return results;
    }

    private static Notice Parse(Proto.RecordMovementRequest request, DateTimeOffset now)
    {
        var v = new Violations();
        var key = IdempotencyKeys.Parse(request.IdempotencyKey, v);
        var notification = MovementValidation.Parse(request, now, v);
        return new Notice(v.Checked(notification), key);
    }

    private static void Count(Proto.BatchProgress progress, Proto.BatchItemResult result)
    {
        progress.Received++;
        if (result.Recorded is not null) progress.Recorded++;
        else progress.Rejected++;
    }

    public override async Task<Proto.PupilTimeline> GetPupilTimeline(Proto.GetPupilTimelineRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        if (!Upn.TryParse(request.Upn, out var upn, out var reason)) throw new RequestValidationException([new FieldViolation("upn", reason)]);
        return (await timelines.ForAsync(caller, upn.Value.Value, context.CancellationToken)).ToProto();
    }

    public override async Task<Proto.ListChildrenNotInSchoolResponse> ListChildrenNotInSchool(Proto.ListChildrenNotInSchoolRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var v = new Violations();
        if (!LaCode.TryParse(request.LaCode, out var la, out var reason)) v.Add("la_code", reason);
        var paging = Paging.From(request.Page, v);
        var laCode = v.Checked(la).Value;
        caller.RequireLocalAuthorityOf(laCode, "see its register and movements");

        var query = db.Pupils.AsNoTracking().Where(p => p.ResponsibleLaCode == laCode && RegisteredPupil.NotInSchool.Contains(p.Status));
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
        var laCode = v.Checked(la).Value;
        caller.RequireLocalAuthorityOf(laCode, "see its register and movements");

        var query = db.Movements.AsNoTracking().Where(m => m.ResponsibleLaCode == laCode);
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
}
