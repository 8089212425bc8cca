using System.Net;
using Grpc.Core;
using SendPlatform.Contracts.Movements.V1;
using SendPlatform.PupilMovements.Tests.Builders;
using SendPlatform.TestKit;

namespace SendPlatform.PupilMovements.Tests.Api;

/// <summary>Bulk returns: each item answered on its own; one bad item never rejects the rest.</summary>
public sealed class BatchTests(MovementsService service) : IClassFixture<MovementsService>
{
    private static RecordMovementRequest Admission(int serial, string toUrn = "100000", string date = "2026-09-01") => new()
    {
        Upn = Pupils.Upn(serial: serial),
        Type = MovementType.Admission,
        EffectiveDate = date,
        ToUrn = toUrn,
        Pupil = new PupilFacts { DateOfBirth = "2015-05-01", SenProvision = "K", PrimaryNeed = "SLCN" },
    };

    [Fact]
    public async Task A_streamed_return_answers_every_item_and_counts_progress()
    {
        var client = new SendPlatform.Contracts.Movements.V1.PupilMovements.PupilMovementsClient(service.Factory.GrpcAs(TestOrganisation.School("100000")));
        using var call = client.RecordMovements();
        var items = Enumerable.Range(0, 150).Select(i => Admission(400 + i)).ToList();
        items[10] = Admission(390, date: "2099-01-01");
        items[20] = Admission(391, toUrn: "100001");
        foreach (var item in items) await call.RequestStream.WriteAsync(item);
        await call.RequestStream.CompleteAsync();
        var replies = await call.ResponseStream.ReadAllAsync().ToListAsync();

        var results = replies.Where(r => r.ReplyCase == RecordMovementsReply.ReplyOneofCase.Result).Select(r => r.Result).ToList();
        Assert.Equal(Enumerable.Range(0, 150), results.Select(r => r.Index));
        Assert.Equal("InvalidArgument", results[10].Error.Code);
        Assert.Equal(["effective_date"], results[10].Error.FieldViolations.Select(f => f.Field));
        Assert.Equal("PermissionDenied", results[20].Error.Code);
        Assert.Equal(148, results.Count(r => r.Recorded is not null));

        var progress = replies.Where(r => r.ReplyCase == RecordMovementsReply.ReplyOneofCase.Progress).Select(r => r.Progress).ToList();
        Assert.Equal([100, 150], progress.Select(p => p.Received));
        Assert.Equal((148, 2), (progress[^1].Recorded, progress[^1].Rejected));
    }

    [Fact]
    public async Task Over_REST_a_batch_gets_one_result_per_item()
    {
        var school = service.Factory.RestAs(TestOrganisation.School("100000"));
        var body = new
        {
            items = new object[]
            {
                MovementCalls.Movement(Pupils.Upn(serial: 601), "ADMISSION", to: "100000"),
                MovementCalls.Movement(Pupils.Upn(serial: 602), "ADMISSION"),
            },
        };
        var (status, response) = await school.PostJsonAsync("/v1/movements:batch", body);
        Assert.Equal(HttpStatusCode.OK, status);
        var results = response.GetProperty("results").EnumerateArray().ToList();
        Assert.True(results[0].TryGetProperty("recorded", out _));
        Assert.Equal("to_urn", results[1].GetProperty("error").GetProperty("fieldViolations")[0].GetProperty("field").GetString());
        Assert.Equal((1, 1), (response.GetProperty("progress").GetProperty("recorded").GetInt32(), response.GetProperty("progress").GetProperty("rejected").GetInt32()));

        var (empty, error) = await school.PostJsonAsync("/v1/movements:batch", new { items = Array.Empty<object>() });
        Assert.Equal(HttpStatusCode.BadRequest, empty);
        Assert.Equal(["items"], error.ViolatedFields());
    }

    [Fact]
    public async Task A_batch_records_one_pupils_movements_in_order_and_each_idempotency_key_once()
    {
        var la = service.Factory.RestAs(TestOrganisation.La("931"));
        var upn = Pupils.Upn(serial: 701);
        var earlier = MovementCalls.Movement(Pupils.Upn(serial: 702), "ADMISSION", to: "100000").With("idempotencyKey", "k-702");
        Assert.Equal(HttpStatusCode.OK, (await la.RecordAsync(earlier)).Status);

        var admission = MovementCalls.Movement(upn, "ADMISSION", to: "100000", date: "2026-09-01").With("idempotencyKey", "k-701a");
        var intoAp = MovementCalls.Movement(upn, "INTO_AP", from: "100000", to: "200000", date: "2026-09-01").With("idempotencyKey", "k-701b");
        var (status, response) = await la.PostJsonAsync("/v1/movements:batch", new { items = new object[] { admission, intoAp, admission, earlier } });
        Assert.Equal(HttpStatusCode.OK, status);
        var results = response.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("recorded")).ToList();
        Assert.Equal(["PUPIL_STATUS_ON_ROLL", "PUPIL_STATUS_IN_AP"], results.Take(2).Select(r => r.GetProperty("status").GetString()));
        Assert.Empty(results[1].GetProperty("findings").EnumerateArray());
        Assert.Equal([false, false, true, true], results.Select(r => r.TryGetProperty("repeatedRequest", out var repeated) && repeated.GetBoolean()));
        Assert.Equal(results[0].GetProperty("movementId").GetString(), results[2].GetProperty("movementId").GetString());
        Assert.Equal(2, await la.MovementCountAsync(upn));
        Assert.Equal(1, await la.MovementCountAsync(Pupils.Upn(serial: 702)));
        // Read back, the same day's two movements keep the order they were recorded in, and the pupil's status with it.
        var (_, timeline) = await la.GetJsonAsync($"/v1/pupils/{upn}/timeline");
        Assert.Equal("PUPIL_STATUS_IN_AP", timeline.GetProperty("status").GetString());
        Assert.Equal(results.Take(2).Select(r => r.GetProperty("movementId").GetString()),
            timeline.GetProperty("movements").EnumerateArray().Select(m => m.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task A_stream_answers_each_item_before_the_next_is_sent()
    {
        var client = new SendPlatform.Contracts.Movements.V1.PupilMovements.PupilMovementsClient(service.Factory.GrpcAs(TestOrganisation.School("100000")));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var call = client.RecordMovements(cancellationToken: timeout.Token);
        for (var i = 0; i < 3; i++)
        {
            await call.RequestStream.WriteAsync(Admission(720 + i));
            Assert.True(await call.ResponseStream.MoveNext(timeout.Token));
            Assert.Equal(i, call.ResponseStream.Current.Result.Index);
            Assert.NotNull(call.ResponseStream.Current.Result.Recorded);
        }
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(timeout.Token));
        Assert.Equal(3, call.ResponseStream.Current.Progress.Recorded);
    }
}
