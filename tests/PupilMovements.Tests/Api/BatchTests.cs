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
        ResponsibleLaCode = "931",
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
}
