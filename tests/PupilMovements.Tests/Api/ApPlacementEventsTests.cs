using SendPlatform.SharedKernel.Identifiers;
using System.Net;
using System.Text.Json;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.PupilMovements.Tests.Builders;
using SendPlatform.TestKit;

namespace SendPlatform.PupilMovements.Tests.Api;

/// <summary>AP commissioning's placement events, published on the real broker, and the overdue-placement alert.</summary>
public sealed class ApPlacementEventsTests(OversightService service) : IClassFixture<OversightService>
{
    private readonly HttpClient _school = service.Factory.RestAs(TestOrganisation.School("100000"));
    private readonly HttpClient _la = service.Factory.RestAs(TestOrganisation.La("931"));
    private static readonly DateOnly PlannedEnd = new(2026, 11, 20);

    private static ApPlacementStarted Started(Guid id, string upn, string providerUrn, DateOnly start) =>
        new(id, upn, "931", ApTiers.TimeLimited, providerUrn, "100000", start, PlannedEnd, new DateOnly(2012, 3, 1), "K", "SEMH");

    private async Task<JsonElement> TimelineAsync(string upn, Func<JsonElement, bool> done) =>
        await Eventually.Get(async () => (await _la.GetJsonAsync($"/v1/pupils/{upn}/timeline")).Body, done, "the pupil's timeline");

    private static IEnumerable<string?> Types(JsonElement timeline) =>
        timeline.GetProperty("movements").EnumerateArray().Select(m => m.GetProperty("type").GetString());

    [Fact]
    public async Task A_started_placement_is_recorded_as_into_AP_once_and_its_end_as_out_of_AP()
    {
        var upn = Pupils.Upn(serial: 2001);
        await _school.RecordAsync(MovementCalls.Movement(upn, "ADMISSION", to: "100000"));
        var placement = Guid.NewGuid();
        await service.PublishAsync(Started(placement, upn, "200000", new DateOnly(2026, 10, 5)));
        var timeline = await TimelineAsync(upn, t => Types(t).Contains("MOVEMENT_TYPE_INTO_AP"));
        Assert.Equal(("PUPIL_STATUS_IN_AP", "200000"), (timeline.GetProperty("status").GetString(), timeline.GetProperty("statusUrn").GetString()));
        Assert.Equal("ap-commissioning", timeline.GetProperty("movements")[1].GetProperty("notifiedBy").GetString());

        // The same placement announced again (a new event id) records nothing new.
        await service.PublishAsync(Started(placement, upn, "200000", new DateOnly(2026, 10, 5)));
        await service.PublishAsync(new ApPlacementEnded(placement, upn, "931", ApTiers.TimeLimited, "200000", new DateOnly(2026, 11, 19), "ReturnedToHomeSchool", null));
        timeline = await TimelineAsync(upn, t => Types(t).Contains("MOVEMENT_TYPE_OUT_OF_AP"));
        Assert.Equal(["MOVEMENT_TYPE_ADMISSION", "MOVEMENT_TYPE_INTO_AP", "MOVEMENT_TYPE_OUT_OF_AP"], Types(timeline));
        Assert.Equal(("PUPIL_STATUS_ON_ROLL", "100000"), (timeline.GetProperty("status").GetString(), timeline.GetProperty("statusUrn").GetString()));
        Assert.Equal("SEMH", timeline.GetProperty("movements")[2].GetProperty("pupil").GetProperty("primaryNeed").GetString());
    }

    [Fact]
    public async Task A_move_the_school_already_notified_is_not_recorded_again_and_a_placement_open_past_its_planned_end_raises_one_alert()
    {
        var upn = Pupils.Upn(serial: 2002);
        await _school.RecordAsync(MovementCalls.Movement(upn, "ADMISSION", to: "100000"));
        Assert.Equal(HttpStatusCode.OK, (await _school.RecordAsync(MovementCalls.Movement(upn, "INTO_AP", from: "100000", to: "200001", date: "2026-10-06"))).Status);
        await service.PublishAsync(Started(Guid.NewGuid(), upn, "200001", new DateOnly(2026, 10, 6)));

        // The placement is known once the sweep a day after its planned end finds it.
        await Eventually.Get(async () =>
        {
            await service.SweepAsync(PlannedEnd.AddDays(1));
            return (await _la.AlertsAboutAsync("931", upn)).Types();
        }, types => types.Contains("OVERDUE_AP_PLACEMENT"), "the overdue-placement alert");
        await service.SweepAsync(PlannedEnd.AddDays(2));
        var alert = Assert.Single(await _la.AlertsAboutAsync("931", upn), a => a.GetProperty("type").GetString() == "ALERT_TYPE_OVERDUE_AP_PLACEMENT");
        Assert.Equal(("200001", "ALERT_SEVERITY_MEDIUM"), (alert.GetProperty("urn").GetString(), alert.GetProperty("severity").GetString()));
        Assert.Equal(2, await _la.MovementCountAsync(upn));
    }

    [Fact]
    public async Task A_placement_is_not_overdue_on_its_planned_end_date()
    {
        var upn = Pupils.Upn(serial: 2003);
        await _school.RecordAsync(MovementCalls.Movement(upn, "ADMISSION", to: "100000"));
        await service.PublishAsync(Started(Guid.NewGuid(), upn, "200002", new DateOnly(2026, 10, 7)));
        await TimelineAsync(upn, t => Types(t).Contains("MOVEMENT_TYPE_INTO_AP"));
        await service.SweepAsync(PlannedEnd);
        Assert.DoesNotContain("OVERDUE_AP_PLACEMENT", (await _la.AlertsAboutAsync("931", upn)).Types());
    }

    [Fact]
    public async Task An_end_that_arrives_before_its_start_is_applied_with_the_start_and_raises_no_overdue_alert()
    {
        var upn = Pupils.Upn(serial: 2004);
        await _school.RecordAsync(MovementCalls.Movement(upn, "ADMISSION", to: "100000"));
        var placement = Guid.NewGuid();
        await service.PublishAsync(new ApPlacementEnded(placement, upn, "931", ApTiers.TimeLimited, "200003", new DateOnly(2026, 11, 18), "ReturnedToHomeSchool", null));
        // Nothing to apply it to yet: it waits, and is not parked as poison.
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(1, await _la.MovementCountAsync(upn));

        await service.PublishAsync(Started(placement, upn, "200003", new DateOnly(2026, 10, 8)));
        var timeline = await TimelineAsync(upn, t => Types(t).Contains("MOVEMENT_TYPE_OUT_OF_AP"));
        Assert.Equal(["MOVEMENT_TYPE_ADMISSION", "MOVEMENT_TYPE_INTO_AP", "MOVEMENT_TYPE_OUT_OF_AP"], Types(timeline));
        Assert.Equal(("PUPIL_STATUS_ON_ROLL", "100000"), (timeline.GetProperty("status").GetString(), timeline.GetProperty("statusUrn").GetString()));

        // The placement ended, so the sweep past its planned end finds nothing open; the end delivered again changes nothing.
        await service.PublishAsync(new ApPlacementEnded(placement, upn, "931", ApTiers.TimeLimited, "200003", new DateOnly(2026, 11, 18), "ReturnedToHomeSchool", null));
        await service.SweepAsync(PlannedEnd.AddDays(3));
        Assert.DoesNotContain("OVERDUE_AP_PLACEMENT", (await _la.AlertsAboutAsync("931", upn)).Types());
        Assert.Equal(3, await _la.MovementCountAsync(upn));
    }
}
