using System.Net;
using System.Text.Json;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.PupilMovements.Tests.Builders;
using SendPlatform.TestKit;

namespace SendPlatform.PupilMovements.Tests.Api;

public sealed class MovementsApiTests(MovementsService service) : IClassFixture<MovementsService>
{
    private readonly HttpClient _school = service.Factory.RestAs(TestOrganisation.School("100000"));
    private readonly HttpClient _la = service.Factory.RestAs(TestOrganisation.La("931"));

    [Fact]
    public async Task A_school_records_an_admission_to_itself_and_the_pupil_is_on_roll_there()
    {
        var upn = Pupils.Upn(serial: 101);
        var (status, body) = await _school.RecordAsync(MovementCalls.Movement(upn, "ADMISSION", to: "100000"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(("PUPIL_STATUS_ON_ROLL", "100000"), (body.GetProperty("status").GetString(), body.GetProperty("statusUrn").GetString()));
    }

    [Fact]
    public async Task A_repeat_with_the_same_idempotency_key_returns_the_first_result_and_records_nothing_new()
    {
        var upn = Pupils.Upn(serial: 102);
        var movement = MovementCalls.Movement(upn, "ADMISSION", to: "100000").With("idempotencyKey", "mis-42");
        var (_, first) = await _school.RecordAsync(movement);
        var (status, repeat) = await _school.RecordAsync(movement);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(first.GetProperty("movementId").GetString(), repeat.GetProperty("movementId").GetString());
        Assert.True(repeat.GetProperty("repeatedRequest").GetBoolean());
        Assert.Equal(1, await _la.MovementCountAsync(upn));
    }

    [Fact]
    public async Task Bad_notifications_are_400_naming_each_field_and_record_nothing()
    {
        var upn = Pupils.Upn(serial: 103);
        var wrongCheckLetter = "A" + upn[1..] == upn ? "B" + upn[1..] : "A" + upn[1..];
        var (status, body) = await _school.RecordAsync(MovementCalls.Movement(wrongCheckLetter, "ADMISSION", date: "2030-01-01")
            .With("pupil", new { dateOfBirth = "2015-05-01", senProvision = "X" }));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["upn", "pupil.sen_provision"], body.ViolatedFields());

        (status, body) = await _school.RecordAsync(MovementCalls.Movement(upn, "ADMISSION", date: "2030-01-01"));
        Assert.Equal(["effective_date", "to_urn"], body.ViolatedFields());
        (status, body) = await _school.RecordAsync(MovementCalls.Movement(upn, "SUSPENSION", from: "100000").With("suspensionDays", 46));
        Assert.Equal(["suspension_days"], body.ViolatedFields());
        (status, body) = await _school.RecordAsync(MovementCalls.Movement(upn, "ADMISSION", to: "100000")
            .With("pupil", new { dateOfBirth = "2015-05-01", senProvision = "E", primaryNeed = "XYZ" }));
        Assert.Equal(["pupil.primary_need"], body.ViolatedFields());
        (status, body) = await _school.RecordAsync(MovementCalls.Movement(upn, "ADMISSION", to: "100000")
            .With("pupil", new { dateOfBirth = "2015-05-01", senProvision = "E", primaryNeed = "NSA" }));
        Assert.Contains("only with SEN support", body.GetRawText());
        (status, body) = await _school.RecordAsync(MovementCalls.Movement(upn, "ADMISSION", to: "100000").With("notifiedAt", "2099-01-01T00:00:00Z"));
        Assert.Equal(["notified_at"], body.ViolatedFields());
        Assert.Equal(0, await _la.MovementCountAsync(upn));
    }

    [Fact]
    public async Task A_setting_may_notify_only_for_its_own_URN_and_an_LA_only_for_its_own_pupils()
    {
        var upn = Pupils.Upn(serial: 104);
        Assert.Equal(HttpStatusCode.Forbidden, (await _school.RecordAsync(MovementCalls.Movement(upn, "ADMISSION", to: "100001"))).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.Factory.RestAs(TestOrganisation.Dfe).RecordAsync(MovementCalls.Movement(upn, "EHE"))).Status);
        Assert.Equal(0, await _la.MovementCountAsync(upn));
        Assert.Equal(HttpStatusCode.OK, (await _la.RecordAsync(MovementCalls.Movement(upn, "EHE"))).Status);
        var otherLa = service.Factory.RestAs(TestOrganisation.La("202"));
        Assert.Equal(HttpStatusCode.Forbidden, (await otherLa.RecordAsync(MovementCalls.Movement(upn, "EOTAS", date: "2026-09-02"))).Status);
        Assert.Equal(1, await _la.MovementCountAsync(upn));
    }

    [Fact]
    public async Task A_timeline_is_read_in_full_by_the_responsible_LA_and_the_current_setting_and_in_part_by_a_former_one()
    {
        var upn = Pupils.Upn(serial: 105);
        await _school.RecordAsync(MovementCalls.Movement(upn, "ADMISSION", to: "100000"));
        var ap = service.Factory.RestAs(new TestOrganisation("ap_provider", "200000"));
        await _school.RecordAsync(MovementCalls.Movement(upn, "INTO_AP", from: "100000", to: "200000", date: "2026-10-01"));
        await ap.RecordAsync(MovementCalls.Movement(upn, "OUT_OF_AP", from: "200000", date: "2026-11-01"));

        var (status, timeline) = await _la.GetJsonAsync($"/v1/pupils/{upn}/timeline");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(("PUPIL_STATUS_ON_ROLL", "931"), (timeline.GetProperty("status").GetString(), timeline.GetProperty("responsibleLaCode").GetString()));
        Assert.Equal(3, timeline.GetProperty("movements").GetArrayLength());
        Assert.Equal(3, (await _school.GetJsonAsync($"/v1/pupils/{upn}/timeline")).Body.GetProperty("movements").GetArrayLength());

        // The AP provider had the pupil from the move in to the move out, and sees only that, not where the pupil is now.
        var (apStatus, apView) = await ap.GetJsonAsync($"/v1/pupils/{upn}/timeline");
        Assert.Equal(HttpStatusCode.OK, apStatus);
        Assert.Equal("200000", apView.GetProperty("limitedToUrn").GetString());
        Assert.Equal(["MOVEMENT_TYPE_INTO_AP", "MOVEMENT_TYPE_OUT_OF_AP"], apView.GetProperty("movements").EnumerateArray().Select(m => m.GetProperty("type").GetString()));
        Assert.Equal(("PUPIL_STATUS_UNSPECIFIED", "", ""), (apView.GetProperty("status").GetString(), apView.GetProperty("statusUrn").GetString(),
            apView.GetProperty("responsibleLaCode").GetString()));

        var unknown = await _la.GetJsonAsync($"/v1/pupils/{Pupils.Upn(serial: 999)}/timeline");
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        foreach (var stranger in new[] { TestOrganisation.La("202"), TestOrganisation.School("100009"), TestOrganisation.Dfe })
        {
            var (hiddenStatus, hidden) = await service.Factory.RestAs(stranger).GetJsonAsync($"/v1/pupils/{upn}/timeline");
            Assert.Equal((HttpStatusCode.NotFound, unknown.Body.GetRawText()), (hiddenStatus, hidden.GetRawText()));
        }
        Assert.Equal(HttpStatusCode.BadRequest, (await _la.GetJsonAsync("/v1/pupils/A801200005001/timeline")).Status);
    }

    [Fact]
    public async Task An_impossible_movement_is_recorded_and_flagged()
    {
        var upn = Pupils.Upn(serial: 106);
        await _school.RecordAsync(MovementCalls.Movement(upn, "ADMISSION", to: "100000"));
        var (status, body) = await _school.RecordAsync(MovementCalls.Movement(upn, "OUT_OF_AP", from: "100000", date: "2026-10-01"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("not in AP", body.GetProperty("findings")[0].GetProperty("description").GetString());
        Assert.Equal(2, await _la.MovementCountAsync(upn));
    }

    private static IReadOnlyList<JsonElement> Of(EventsObserver<PupilMoved, PupilsMoved> announced, string upn) =>
        [.. announced.Received.Where(m => m.GetProperty("upn").GetString() == upn)];

    [Fact]
    public async Task Each_movement_is_announced_once_on_the_broker_without_the_pupils_date_of_birth()
    {
        await using var announced = await EventsObserver<PupilMoved, PupilsMoved>.StartAsync(service.MessagingConnectionString);
        var upn = Pupils.Upn(serial: 107);
        await _school.RecordAsync(MovementCalls.Movement(upn, "ADMISSION", to: "100000"));
        await Eventually.Get(() => Task.FromResult(Of(announced, upn).Count), n => n >= 1, "PupilMoved");
        await Task.Delay(1000);
        var message = Assert.Single(Of(announced, upn));
        Assert.Equal("Admission", message.GetProperty("type").GetString());
        Assert.DoesNotContain("2015-05-01", message.GetRawText());
    }

    [Fact]
    public async Task A_returns_movements_are_announced_together_each_as_it_would_be_alone()
    {
        await using var together = await BrokerObserver.StartAsync<PupilsMoved>(service.MessagingConnectionString);
        await using var alone = await BrokerObserver.StartAsync<PupilMoved>(service.MessagingConnectionString);
        var upns = new[] { Pupils.Upn(serial: 121), Pupils.Upn(serial: 122), Pupils.Upn(serial: 123) };
        var (status, _) = await _school.PostJsonAsync("/v1/movements:batch",
            new { items = upns.Select(u => MovementCalls.Movement(u, "ADMISSION", to: "100000")).ToArray() });
        Assert.Equal(HttpStatusCode.OK, status);

        static IEnumerable<string> Upns(JsonElement chunk) => chunk.GetProperty("movements").EnumerateArray().Select(m => m.GetProperty("upn").GetString()!);
        var (messageId, chunk) = await Eventually.Get(() => Task.FromResult(together.Received.FirstOrDefault(r => Upns(r.Message).Contains(upns[0]))),
            r => r.Message.ValueKind == JsonValueKind.Object, "PupilsMoved");
        // One message, its id the chunk's event id; each movement with its own event id, as PupilMoved would carry it.
        Assert.Equal(chunk.GetProperty("eventId").GetGuid(), messageId);
        var movements = chunk.GetProperty("movements").EnumerateArray().ToList();
        Assert.Equal(upns, movements.Select(m => m.GetProperty("upn").GetString()));
        Assert.All(movements, m => Assert.Equal(("Admission", "100000", "OnRoll"),
            (m.GetProperty("type").GetString(), m.GetProperty("toUrn").GetString(), m.GetProperty("statusAfter").GetString())));
        Assert.Equal(3, movements.Select(m => m.GetProperty("eventId").GetGuid()).Append(messageId).Distinct().Count() - 1);
        Assert.DoesNotContain("2015-05-01", chunk.GetRawText());
        await Task.Delay(1000);
        Assert.Single(together.Received, r => Upns(r.Message).Contains(upns[0]));
        Assert.DoesNotContain(alone.Received, r => upns.Contains(r.Message.GetProperty("upn").GetString()));
    }

    [Fact]
    public async Task The_announcement_carries_what_the_dashboard_counts_by_primary_need_a_suspensions_days_a_deletions_ground_and_the_status_after()
    {
        await using var announced = await EventsObserver<PupilMoved, PupilsMoved>.StartAsync(service.MessagingConnectionString);
        var upn = Pupils.Upn(serial: 108);
        foreach (var movement in new[]
        {
            MovementCalls.Movement(upn, "ADMISSION", to: "100000", date: "2026-09-01"),
            MovementCalls.Movement(upn, "SUSPENSION", from: "100000", date: "2026-09-03").With("suspensionDays", 3),
            MovementCalls.Movement(upn, "DELETION", from: "100000", date: "2026-09-10").With("deletionGround", "MOVED_AWAY").With("destination", "202"),
        })
        {
            var (status, body) = await _school.RecordAsync(movement);
            Assert.True(status == HttpStatusCode.OK, body.ToString());
        }
        var received = await Eventually.Get(() => Task.FromResult(Of(announced, upn)), r => r.Count >= 3, "three PupilMoved");
        var byType = received.ToDictionary(m => m.GetProperty("type").GetString()!);
        Assert.All(byType.Values, m => Assert.Equal("ASD", m.GetProperty("primaryNeed").GetString()));
        Assert.Equal(3, byType["Suspension"].GetProperty("suspensionDays").GetInt32());
        Assert.Equal("MOVED_AWAY", byType["Deletion"].GetProperty("deletionGround").GetString());
        Assert.Equal(JsonValueKind.Null, byType["Admission"].GetProperty("deletionGround").ValueKind);
        // The status each leaves the pupil in, from its date: on roll, still on roll, gone to another LA.
        Assert.Equal(("OnRoll", "OnRoll", "LeftArea"), (byType["Admission"].GetProperty("statusAfter").GetString(),
            byType["Suspension"].GetProperty("statusAfter").GetString(), byType["Deletion"].GetProperty("statusAfter").GetString()));
    }
}
