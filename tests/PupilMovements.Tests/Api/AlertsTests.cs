using System.Net;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.PupilMovements.Tests.Builders;
using SendPlatform.TestKit;

namespace SendPlatform.PupilMovements.Tests.Api;

public sealed class AlertsTests(OversightService service) : IClassFixture<OversightService>
{
    private readonly HttpClient _school = service.Factory.RestAs(TestOrganisation.School("100000"));
    private readonly HttpClient _la = service.Factory.RestAs(TestOrganisation.La("931"));

    private async Task AdmitAsync(string upn, string sen = "E") =>
        Assert.Equal(HttpStatusCode.OK, (await _school.RecordAsync(MovementCalls.Movement(upn, "ADMISSION", to: "100000")
            .With("pupil", new { dateOfBirth = "2012-03-01", senProvision = sen, primaryNeed = "SEMH" }))).Status);

    [Fact]
    public async Task Deleting_a_pupil_with_an_EHC_plan_to_an_unknown_destination_raises_two_high_alerts_once_each_and_announces_them()
    {
        await using var observer = await BrokerObserver.StartAsync<OversightAlertRaised>(service.MessagingConnectionString);
        var upn = Pupils.Upn(serial: 1001);
        await AdmitAsync(upn);
        var deletion = AlertCalls.Deletion(upn, "100000", "E", "2026-10-05", destination: "UNKNOWN", ground: "CONTINUOUS_ABSENCE").With("idempotencyKey", "del-1001");
        Assert.Equal(HttpStatusCode.OK, (await _school.RecordAsync(deletion)).Status);
        Assert.Equal(HttpStatusCode.OK, (await _school.RecordAsync(deletion)).Status);

        var alerts = await _la.AlertsAboutAsync("931", upn);
        Assert.Equal(["DELETED_TO_UNKNOWN_DESTINATION", "EHC_PLAN_LEFT_WITHOUT_DESTINATION"], alerts.Types());
        Assert.All(alerts, a => Assert.Equal(("ALERT_SEVERITY_HIGH", "ALERT_STATUS_OPEN", "100000"),
            (a.GetProperty("severity").GetString(), a.GetProperty("status").GetString(), a.GetProperty("urn").GetString())));
        var ids = alerts.Select(a => a.GetProperty("id").GetString()).ToHashSet();
        await Eventually.Get(() => Task.FromResult(observer.Received.Count(r => ids.Contains(r.Message.GetProperty("alertId").GetString()))), n => n >= 2, "OversightAlertRaised");
        await Task.Delay(1000);
        var announced = observer.Received.Where(r => ids.Contains(r.Message.GetProperty("alertId").GetString())).ToList();
        Assert.Equal(2, announced.Count);
        Assert.All(announced, r => Assert.DoesNotContain(upn, r.Message.GetRawText()));
    }

    [Fact]
    public async Task A_pupil_on_SEN_support_deleted_to_an_unknown_destination_raises_only_the_missing_education_alert()
    {
        var upn = Pupils.Upn(serial: 1002);
        await AdmitAsync(upn, sen: "K");
        await _school.RecordAsync(AlertCalls.Deletion(upn, "100000", "K", "2026-10-05", destination: "UNKNOWN", ground: "CONTINUOUS_ABSENCE"));
        Assert.Equal(["DELETED_TO_UNKNOWN_DESTINATION"], (await _la.AlertsAboutAsync("931", upn)).Types());
    }

    [Fact]
    public async Task A_pupil_with_an_EHC_plan_who_moves_to_another_school_or_LA_raises_nothing()
    {
        var toSchool = Pupils.Upn(serial: 1003);
        var toLa = Pupils.Upn(serial: 1004);
        await AdmitAsync(toSchool);
        await AdmitAsync(toLa);
        await _school.RecordAsync(AlertCalls.Deletion(toSchool, "100000", "E", "2026-10-05", to: "100001", ground: "REGISTERED_AT_ANOTHER_SCHOOL"));
        await _school.RecordAsync(AlertCalls.Deletion(toLa, "100000", "E", "2026-10-05", destination: "202", ground: "MOVED_AWAY"));
        Assert.Empty(await _la.AlertsAboutAsync("931", toSchool));
        Assert.Empty(await _la.AlertsAboutAsync("931", toLa));
    }

    [Fact]
    public async Task Notifying_5_school_days_after_the_effective_date_is_on_time_and_6_is_late()
    {
        // 2026-09-07 is a Monday: the next Monday is 5 school days on, the Tuesday 6.
        var onTime = Pupils.Upn(serial: 1005);
        var late = Pupils.Upn(serial: 1006);
        await _school.RecordAsync(MovementCalls.Movement(onTime, "ADMISSION", to: "100000", date: "2026-09-07").With("notifiedAt", "2026-09-14T15:00:00Z"));
        await _school.RecordAsync(MovementCalls.Movement(late, "ADMISSION", to: "100000", date: "2026-09-07").With("notifiedAt", "2026-09-15T09:00:00Z"));
        Assert.Empty(await _la.AlertsAboutAsync("931", onTime));
        var alert = Assert.Single(await _la.AlertsAboutAsync("931", late));
        Assert.Equal(("ALERT_TYPE_LATE_NOTIFICATION", "ALERT_SEVERITY_LOW"), (alert.GetProperty("type").GetString(), alert.GetProperty("severity").GetString()));
        Assert.Contains("6 school days later", alert.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_pupil_without_education_is_alerted_on_the_11th_school_day_not_the_10th_and_only_once()
    {
        var missing = Pupils.Upn(serial: 1007);
        var homeEducated = Pupils.Upn(serial: 1008);
        await _la.RecordAsync(MovementCalls.Movement(missing, "MISSING_EDUCATION", date: "2026-09-07"));
        await _la.RecordAsync(MovementCalls.Movement(homeEducated, "EHE", date: "2026-09-07"));

        await service.SweepAsync(new DateOnly(2026, 9, 21));
        Assert.DoesNotContain("MISSING_EDUCATION", (await _la.AlertsAboutAsync("931", missing)).Types());
        await service.SweepAsync(new DateOnly(2026, 9, 22));
        await service.SweepAsync(new DateOnly(2026, 9, 23));
        Assert.Single((await _la.AlertsAboutAsync("931", missing)).Types(), "MISSING_EDUCATION");
        Assert.DoesNotContain("MISSING_EDUCATION", (await _la.AlertsAboutAsync("931", homeEducated)).Types());
    }

    [Fact]
    public async Task The_LA_acknowledges_then_resolves_an_alert_recording_who_and_why()
    {
        await using var acknowledgements = await BrokerObserver.StartAsync<OversightAlertAcknowledged>(service.MessagingConnectionString);
        await using var resolutions = await BrokerObserver.StartAsync<OversightAlertResolved>(service.MessagingConnectionString);
        var upn = Pupils.Upn(serial: 1009);
        await _la.RecordAsync(MovementCalls.Movement(upn, "EHE", date: "2026-10-05"));
        var id = Assert.Single(await _la.AlertsAboutAsync("931", upn)).GetProperty("id").GetString();

        var (status, acknowledged) = await _la.PostJsonAsync($"/v1/alerts/{id}:acknowledge", new { note = "SEND caseworker visiting" });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(("ALERT_STATUS_ACKNOWLEDGED", "la-931", "SEND caseworker visiting"),
            (acknowledged.GetProperty("status").GetString(), acknowledged.GetProperty("acknowledgedBy").GetString(), acknowledged.GetProperty("acknowledgementNote").GetString()));
        var (_, again) = await _la.PostJsonAsync($"/v1/alerts/{id}:acknowledge", new { note = "a second look" });
        Assert.Equal("SEND caseworker visiting", again.GetProperty("acknowledgementNote").GetString());

        (status, var error) = await _la.PostJsonAsync($"/v1/alerts/{id}:resolve", new { resolution = " " });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["resolution"], error.ViolatedFields());
        (status, var resolved) = await _la.PostJsonAsync($"/v1/alerts/{id}:resolve", new { resolution = "EHE confirmed; plan review booked" });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(("ALERT_STATUS_RESOLVED", "la-931"), (resolved.GetProperty("status").GetString(), resolved.GetProperty("resolvedBy").GetString()));
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await _la.PostJsonAsync($"/v1/alerts/{id}:acknowledge", new { })).Status);

        var (_, fetched) = await _la.GetJsonAsync($"/v1/alerts/{id}");
        Assert.Equal("EHE confirmed; plan review booked", fetched.GetProperty("resolution").GetString());
        var (_, open) = await _la.GetJsonAsync("/v1/local-authorities/931/alerts?status=ALERT_STATUS_OPEN&page.page_size=500");
        Assert.DoesNotContain(open.GetProperty("alerts").EnumerateArray(), a => a.GetProperty("id").GetString() == id);

        // Each change is announced once (the repeated acknowledgement changed nothing), with no note, resolution or person.
        await Eventually.Get(() => Task.FromResult(resolutions.Received.Count(r => r.Message.GetProperty("alertId").GetString() == id)), n => n >= 1, "OversightAlertResolved");
        await Task.Delay(1000);
        var acknowledgedEvent = Assert.Single(acknowledgements.Received, r => r.Message.GetProperty("alertId").GetString() == id).Message;
        var resolvedEvent = Assert.Single(resolutions.Received, r => r.Message.GetProperty("alertId").GetString() == id).Message;
        Assert.Equal(("EhcPlanLeftWithoutDestination", "931"), (resolvedEvent.GetProperty("type").GetString(), resolvedEvent.GetProperty("laCode").GetString()));
        Assert.DoesNotContain("caseworker", acknowledgedEvent.GetRawText());
        Assert.DoesNotContain("plan review", resolvedEvent.GetRawText());
        Assert.DoesNotContain(upn, resolvedEvent.GetRawText());
    }

    [Fact]
    public async Task Only_the_alerts_LA_reads_or_acts_on_it_and_a_bad_or_unknown_id_is_400_or_404()
    {
        var upn = Pupils.Upn(serial: 1010);
        await _la.RecordAsync(MovementCalls.Movement(upn, "EHE", date: "2026-10-05"));
        var id = Assert.Single(await _la.AlertsAboutAsync("931", upn)).GetProperty("id").GetString();
        var otherLa = service.Factory.RestAs(TestOrganisation.La("202"));

        Assert.Equal(HttpStatusCode.Forbidden, (await otherLa.GetJsonAsync($"/v1/alerts/{id}")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherLa.PostJsonAsync($"/v1/alerts/{id}:resolve", new { resolution = "not ours" })).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await _school.GetJsonAsync("/v1/local-authorities/931/alerts")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherLa.GetJsonAsync("/v1/local-authorities/931/alerts")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _la.GetJsonAsync($"/v1/alerts/{Guid.NewGuid()}")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await _la.PostJsonAsync("/v1/alerts/not-an-id:acknowledge", new { })).Status);
        Assert.Equal("ALERT_STATUS_OPEN", (await _la.GetJsonAsync($"/v1/alerts/{id}")).Body.GetProperty("status").GetString());
        var (status, error) = await _la.GetJsonAsync("/v1/local-authorities/931/alerts?urn=12&page.page_size=900");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["urn", "page.page_size"], error.ViolatedFields());
    }

    [Fact]
    public async Task The_alert_list_is_newest_first_and_pages_by_token()
    {
        foreach (var serial in new[] { 1011, 1012, 1013 })
            await _la.RecordAsync(MovementCalls.Movement(Pupils.Upn(serial: serial), "EHE", date: "2026-10-05"));
        var seen = new List<string>();
        var token = "";
        do
        {
            var (_, body) = await _la.GetJsonAsync($"/v1/local-authorities/931/alerts?type=ALERT_TYPE_EHC_PLAN_LEFT_WITHOUT_DESTINATION&page.page_size=1&page.page_token={token}");
            seen.AddRange(body.GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("upn").GetString()!));
            token = body.GetProperty("page").TryGetProperty("nextPageToken", out var next) ? next.GetString() ?? "" : "";
        }
        while (token.Length > 0);
        var mine = seen.Where(u => u == Pupils.Upn(serial: 1011) || u == Pupils.Upn(serial: 1012) || u == Pupils.Upn(serial: 1013)).ToList();
        Assert.Equal([Pupils.Upn(serial: 1013), Pupils.Upn(serial: 1012), Pupils.Upn(serial: 1011)], mine);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }
}
