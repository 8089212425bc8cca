using System.Net;
using System.Net.Http.Json;
using Grpc.Core;
using Grpc.Net.Client;
using SendPlatform.Contracts.Movements.V1;
using SendPlatform.SharedKernel.Identifiers;
using SendPlatform.TestKit;

namespace SendPlatform.Gateway.Tests;

/// <summary>
/// A flow over every pupil-movements route through the gateway, then a search of everything both processes would
/// export (spans, metrics, log records with their scopes, the gateway's audit and log lines) for the flow's UPNs and
/// dates of birth.
/// </summary>
public sealed class TelemetryTests(PupilsThroughGateway platform) : IClassFixture<PupilsThroughGateway>
{
    private const string DateOfBirth = "2014-02-03";
    private static readonly string[] Upns = [.. Enumerable.Range(0, 4).Select(i => Upn.Issue($"931200026{i:D3}").Value)];
    private static readonly string MistypedUpn = "A" + Upns[0][1..] == Upns[0] ? "B" + Upns[0][1..] : "A" + Upns[0][1..];

    private HttpClient Rest(TestOrganisation organisation)
    {
        var client = platform.Gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.For(organisation));
        return client;
    }

    private static object Movement(string upn, string type, string? from = null, string? to = null, string date = "2026-10-01") => new
    {
        upn, type = $"MOVEMENT_TYPE_{type}", effectiveDate = date, fromUrn = from ?? "", toUrn = to ?? "", deletionGround = type == "DELETION" ? "CONTINUOUS_ABSENCE" : "",
        destination = type == "DELETION" ? "UNKNOWN" : "", suspensionDays = type == "SUSPENSION" ? 2 : 0,
        pupil = new { dateOfBirth = DateOfBirth, senProvision = "E", primaryNeed = "ASD" },
    };

    [Fact]
    public async Task No_UPN_or_date_of_birth_leaves_either_process_in_any_span_metric_log_or_audit_line()
    {
        var la = Rest(TestOrganisation.La("931"));
        var school = Rest(TestOrganisation.School("100000"));
        Assert.Equal(HttpStatusCode.OK, (await la.PostAsJsonAsync("/v1/movements", Movement(Upns[0], "ADMISSION", to: "100000"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await school.PostAsJsonAsync("/v1/movements", Movement(Upns[0], "SUSPENSION", from: "100000", date: "2026-10-02"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await la.PostAsJsonAsync("/v1/movements:batch", new { items = new[] { Movement(Upns[1], "EHE"), Movement(Upns[2], "ADMISSION", to: "100000") } })).StatusCode);
        await StreamAsync(Upns[3]);
        Assert.Equal(HttpStatusCode.OK, (await school.PostAsJsonAsync("/v1/movements", Movement(Upns[2], "DELETION", from: "100000", date: "2026-10-03"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await la.PostAsJsonAsync("/v1/movements", Movement(MistypedUpn, "EHE"))).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await school.GetAsync($"/v1/pupils/{Upns[0]}/timeline")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await la.GetAsync($"/v1/pupils/{Upns[1]}/timeline")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Rest(TestOrganisation.La("202")).GetAsync($"/v1/pupils/{Upns[0]}/timeline")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await la.GetAsync($"/v1/pupils/{MistypedUpn}/timeline")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await la.GetAsync("/v1/local-authorities/931/children-not-in-school")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await la.GetAsync("/v1/local-authorities/931/movements?urn=100000")).StatusCode);
        var alerts = await la.GetFromJsonAsync<System.Text.Json.JsonElement>("/v1/local-authorities/931/alerts");
        var alert = alerts.GetProperty("alerts")[0].GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.OK, (await la.GetAsync($"/v1/alerts/{alert}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await la.PostAsJsonAsync($"/v1/alerts/{alert}:acknowledge", new { note = "Looking into it" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await la.PostAsJsonAsync($"/v1/alerts/{alert}:resolve", new { resolution = "Found at home" })).StatusCode);

        // The capture sees both processes: the service's span of the timeline read, by its route template.
        await Eventually.Get(() => Task.FromResult(platform.Telemetry.Exported.Any(l => l.Contains("/v1/pupils/{upn}/timeline"))), found => found, "the spans");
        await Task.Delay(1500);
        var exported = platform.Telemetry.Exported.Concat(platform.Gateway.Logs).Concat(platform.Gateway.AuditLines).ToList();
        string[] secrets = [.. Upns, MistypedUpn, DateOfBirth];
        // The gateway's forwarded call is traced with its path redacted; a gRPC call keeps its method path.
        Assert.Contains(exported, l => l.StartsWith("span System.Net.Http") && l.Contains("url.full=http://127.0.0.1:") && l.Contains("/(redacted)"));
        Assert.Contains(exported, l => l.StartsWith("span System.Net.Http") && l.Contains("/send.movements.v1.PupilMovements/RecordMovements"));
        Assert.Contains(platform.Gateway.AuditLines, l => l.Contains("template=/v1/pupils/{upn}/timeline method=GET outcome=allowed"));
        var leaks = exported.Where(line => secrets.Any(s => line.Contains(s, StringComparison.OrdinalIgnoreCase))).Distinct().ToList();
        Assert.True(leaks.Count == 0, "A child's identifier left in telemetry:\n" + string.Join("\n", leaks));
    }

    private async Task StreamAsync(string upn)
    {
        var channel = GrpcChannel.ForAddress(platform.Gateway.Server.BaseAddress, new GrpcChannelOptions { HttpHandler = platform.Gateway.Server.CreateHandler() });
        var client = new Contracts.Movements.V1.PupilMovements.PupilMovementsClient(channel);
        using var call = client.RecordMovements(new Metadata { { "authorization", "Bearer " + TestTokens.For(TestOrganisation.La("931")) } });
        await call.RequestStream.WriteAsync(new RecordMovementRequest
        {
            Upn = upn, Type = MovementType.Eotas, EffectiveDate = "2026-10-01",
            Pupil = new PupilFacts { DateOfBirth = DateOfBirth, SenProvision = "E", PrimaryNeed = "ASD" },
        });
        await call.RequestStream.CompleteAsync();
        var replies = await call.ResponseStream.ReadAllAsync().ToListAsync();
        Assert.Contains(replies, r => r.Result?.Recorded is not null);
    }
}
