using System.Net;
using SendPlatform.PupilMovements.Tests.Builders;
using SendPlatform.TestKit;

namespace SendPlatform.PupilMovements.Tests.Api;

/// <summary>
/// Who may record and read a pupil is decided from what is stored, never from what a notification says about itself:
/// the attacks a partner could try with a valid token, and the responsible LA the platform keeps.
/// </summary>
public sealed class PupilAccessTests(MovementsService service) : IClassFixture<MovementsService>
{
    private readonly HttpClient _school = service.Factory.RestAs(TestOrganisation.School("100000"));
    private readonly HttpClient _la = service.Factory.RestAs(TestOrganisation.La("931"));
    private readonly HttpClient _unrelatedSchool = service.Factory.RestAs(TestOrganisation.School("100005"));
    private readonly HttpClient _otherLa = service.Factory.RestAs(TestOrganisation.La("202"));

    private async Task<string> PupilAt100000Async(int serial)
    {
        var upn = Pupils.Upn(serial: serial);
        Assert.Equal(HttpStatusCode.OK, (await _school.RecordAsync(MovementCalls.Movement(upn, "ADMISSION", to: "100000"))).Status);
        return upn;
    }

    private static Dictionary<string, object> Deletion(string upn, string from, string ground, string destination) =>
        MovementCalls.Movement(upn, "DELETION", from: from, date: "2026-10-01").With("deletionGround", ground).With("destination", destination);

    [Fact]
    public async Task An_unrelated_school_naming_itself_in_from_urn_records_nothing_and_cannot_read_the_child()
    {
        var upn = await PupilAt100000Async(3001);
        var attempts = new[]
        {
            MovementCalls.Movement(upn, "SUSPENSION", from: "100005", date: "2026-10-01").With("suspensionDays", 2),
            MovementCalls.Movement(upn, "PERMANENT_EXCLUSION", from: "100005", date: "2026-10-01"),
            MovementCalls.Movement(upn, "MANAGED_MOVE", from: "100005", to: "100006", date: "2026-10-01"),
            MovementCalls.Movement(upn, "OFF_SITE_DIRECTION", from: "100005", to: "200000", date: "2026-10-01"),
            Deletion(upn, "100005", "ELECTIVE_HOME_EDUCATION", "EHE"),
            Deletion(upn, "100005", "CONTINUOUS_ABSENCE", "UNKNOWN"),
            // Naming the pupil's real school changes nothing either: the token is what the school is.
            Deletion(upn, "100000", "ELECTIVE_HOME_EDUCATION", "EHE"),
            MovementCalls.Movement(upn, "EHE", date: "2026-10-01"),
            MovementCalls.Movement(upn, "MOVED_TO_OTHER_LA", date: "2026-10-01").With("destination", "202"),
        };
        foreach (var attempt in attempts)
            Assert.Equal(HttpStatusCode.Forbidden, (await _unrelatedSchool.RecordAsync(attempt)).Status);

        Assert.Equal(1, await _la.MovementCountAsync(upn));
        Assert.Equal(HttpStatusCode.NotFound, (await _unrelatedSchool.GetJsonAsync($"/v1/pupils/{upn}/timeline")).Status);
    }

    [Fact]
    public async Task Another_LA_naming_itself_responsible_records_nothing_and_the_child_stays_on_the_responsible_LAs_register()
    {
        var upn = Pupils.Upn(serial: 3002);
        Assert.Equal(HttpStatusCode.OK, (await _la.RecordAsync(MovementCalls.Movement(upn, "MISSING_EDUCATION"))).Status);
        foreach (var type in new[] { "EHE", "EOTAS", "MISSING_EDUCATION" })
            Assert.Equal(HttpStatusCode.Forbidden, (await _otherLa.RecordAsync(MovementCalls.Movement(upn, type, date: "2026-10-01").With("responsibleLaCode", "202"))).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await _otherLa.RecordAsync(MovementCalls.Movement(upn, "MOVED_TO_OTHER_LA", date: "2026-10-01")
            .With("destination", "202").With("responsibleLaCode", "202"))).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await _otherLa.RecordAsync(MovementCalls.Movement(upn, "PERMANENT_EXCLUSION", from: "100000", date: "2026-10-01"))).Status);

        Assert.Equal(HttpStatusCode.NotFound, (await _otherLa.GetJsonAsync($"/v1/pupils/{upn}/timeline")).Status);
        var (_, register) = await _la.GetJsonAsync("/v1/local-authorities/931/children-not-in-school?page.page_size=500");
        Assert.Contains(register.GetProperty("children").EnumerateArray(), c => c.GetProperty("upn").GetString() == upn
            && c.GetProperty("status").GetString() == "PUPIL_STATUS_MISSING_EDUCATION");
    }

    [Fact]
    public async Task A_pupil_new_to_the_platform_is_the_responsibility_of_the_notifying_settings_LA_on_the_register_whatever_the_request_says()
    {
        var upn = Pupils.Upn(laCode: "202", serial: 3003);
        Assert.Equal(HttpStatusCode.OK, (await _school.RecordAsync(MovementCalls.Movement(upn, "ADMISSION", to: "100000").With("responsibleLaCode", "202"))).Status);
        var (_, timeline) = await _la.GetJsonAsync($"/v1/pupils/{upn}/timeline");
        Assert.Equal("931", timeline.GetProperty("responsibleLaCode").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await _otherLa.GetJsonAsync($"/v1/pupils/{upn}/timeline")).Status);
    }

    [Fact]
    public async Task A_setting_not_on_the_register_cannot_start_a_pupils_record()
    {
        var unregistered = service.Factory.RestAs(TestOrganisation.School("109999"));
        var (status, body) = await unregistered.RecordAsync(MovementCalls.Movement(Pupils.Upn(serial: 3004), "ADMISSION", to: "109999"));
        Assert.Equal(HttpStatusCode.PreconditionFailed, status);
        Assert.Contains("settings register", body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Only_the_responsible_LA_moves_a_pupil_to_another_LA_which_then_holds_the_record()
    {
        var upn = await PupilAt100000Async(3005);
        Assert.Equal(HttpStatusCode.Forbidden, (await _school.RecordAsync(MovementCalls.Movement(upn, "MOVED_TO_OTHER_LA", date: "2026-10-01").With("destination", "202"))).Status);
        var (sameLa, body) = await _la.RecordAsync(MovementCalls.Movement(upn, "MOVED_TO_OTHER_LA", date: "2026-10-01").With("destination", "931"));
        Assert.Equal(HttpStatusCode.BadRequest, sameLa);
        Assert.Equal(["destination"], body.ViolatedFields());

        Assert.Equal(HttpStatusCode.OK, (await _la.RecordAsync(MovementCalls.Movement(upn, "MOVED_TO_OTHER_LA", date: "2026-10-01").With("destination", "202"))).Status);
        var (status, timeline) = await _otherLa.GetJsonAsync($"/v1/pupils/{upn}/timeline");
        Assert.Equal((HttpStatusCode.OK, "202"), (status, timeline.GetProperty("responsibleLaCode").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await _la.GetJsonAsync($"/v1/pupils/{upn}/timeline")).Status);
        Assert.Equal(HttpStatusCode.OK, (await _otherLa.RecordAsync(MovementCalls.Movement(upn, "EHE", date: "2026-10-02"))).Status);
    }

    [Fact]
    public async Task An_LA_may_record_a_pupil_arriving_at_a_setting_in_its_area_and_the_responsible_LA_stays()
    {
        await service.Factory.RegisterAsync([("300100", "202")]);
        var upn = await PupilAt100000Async(3006);
        var managedMove = MovementCalls.Movement(upn, "MANAGED_MOVE", from: "100000", to: "300100", date: "2026-10-01");
        Assert.Equal(HttpStatusCode.OK, (await _otherLa.RecordAsync(managedMove)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await _otherLa.RecordAsync(MovementCalls.Movement(upn, "MANAGED_MOVE", from: "300100", to: "100001", date: "2026-10-02"))).Status);

        var (_, timeline) = await _la.GetJsonAsync($"/v1/pupils/{upn}/timeline");
        Assert.Equal(("931", "300100"), (timeline.GetProperty("responsibleLaCode").GetString(), timeline.GetProperty("statusUrn").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await service.Factory.RestAs(TestOrganisation.School("300100")).GetJsonAsync($"/v1/pupils/{upn}/timeline")).Status);
    }

    [Fact]
    public async Task A_setting_the_register_moves_to_another_area_makes_its_new_pupils_that_LAs()
    {
        var at = DateTimeOffset.UtcNow;
        await service.Factory.RegisterAsync([("300200", "202")], at);
        await service.Factory.RegisterAsync([("300200", "203")], at.AddMinutes(1));
        var school = service.Factory.RestAs(TestOrganisation.School("300200"));
        var upn = Pupils.Upn(serial: 3007);
        Assert.Equal(HttpStatusCode.OK, (await school.RecordAsync(MovementCalls.Movement(upn, "ADMISSION", to: "300200"))).Status);
        Assert.Equal("203", (await service.Factory.RestAs(TestOrganisation.La("203")).GetJsonAsync($"/v1/pupils/{upn}/timeline")).Body.GetProperty("responsibleLaCode").GetString());
    }
}
