using System.Net;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.TestKit;

namespace SendPlatform.InclusionDashboard.Tests.Api;

/// <summary>EHC needs assessments counted from ehc-assessments' events on the real broker, each case's events in any order.</summary>
public sealed class EhcSummaryTests(DashboardService service) : IClassFixture<DashboardService>
{
    private static readonly DateTimeOffset At = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private async Task<Dictionary<string, string[]>> TableAsync(TestOrganisation caller, string path, string id)
    {
        var (status, body) = await service.Factory.RestAs(caller).GetJsonAsync(path);
        Assert.Equal(HttpStatusCode.OK, status);
        return body.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("id").GetString() == id).GetProperty("rows").EnumerateArray()
            .ToDictionary(r => r.GetProperty("id").GetString()!,
                r => (string[])[.. r.GetProperty("values").EnumerateArray().Select(v => v.GetString()!), r.TryGetProperty("total", out var t) ? t.GetString()! : ""]);
    }

    /// <summary>A case's events, the last first: whatever order they arrive in, the case ends the same.</summary>
    private async Task CaseAsync(string laCode, DateOnly received, DateOnly? issued, bool exception = false, string need = "ASD")
    {
        var id = Guid.NewGuid();
        var events = new List<IntegrationEvent>
        {
            new EhcRequestReceived(id, laCode, "Parent", received) { OccurredAt = At },
            new AssessmentDecided(id, laCode, "Assess", received, received.AddDays(30), true) { OccurredAt = At },
        };
        if (issued is { } on)
        {
            events.Add(new EhcPlanDecided(id, laCode, "Issue", received, received.AddDays(80), false) { OccurredAt = At });
            events.Add(new EhcPlanIssued(id, laCode, received, on, on.DayNumber - received.DayNumber <= 140, exception, need, "MAINSTREAM", "100000") { OccurredAt = At });
        }
        events.Reverse();
        foreach (var e in events) await service.PublishAsync(e);
    }

    [Fact]
    public async Task An_LA_sees_its_plans_timeliness_with_and_without_exceptions_equal_to_a_hand_count()
    {
        var received = new DateOnly(2026, 9, 7);
        // Ten plans in Knowsley (340) in 2026-27: six in 18 weeks, two in 24 weeks with an exception, two in 30 weeks; and a request undecided.
        for (var i = 0; i < 6; i++) await CaseAsync("340", received, received.AddDays(18 * 7));
        for (var i = 0; i < 2; i++) await CaseAsync("340", received, received.AddDays(24 * 7), exception: true, need: "SEMH");
        for (var i = 0; i < 2; i++) await CaseAsync("340", received, received.AddDays(30 * 7));
        await service.PublishAsync(new EhcRequestReceived(Guid.NewGuid(), "340", "Setting", received.AddDays(3)) { OccurredAt = At });

        const string path = "/v1/dashboard/local-authorities/340?period=2026-27";
        var timeliness = await Eventually.Get(() => TableAsync(TestOrganisation.La("340"), path, "ehc_timeliness"),
            t => t["all_plans"][^1] == "10", "the ten plans", TimeSpan.FromSeconds(30));
        // All: 6 of 10 within 20 weeks, (6×18 + 2×24 + 2×30) / 10 = 21.6 weeks. Without the two exceptions: 6 of 8, (6×18 + 2×30) / 8 = 21.0 weeks.
        Assert.Equal(["6", "4", "60.0", "21.6", "10"], timeliness["all_plans"]);
        Assert.Equal(["6", "2", "75.0", "21.0", "8"], timeliness["excluding_exceptions"]);
        var requests = await Eventually.Get(() => TableAsync(TestOrganisation.La("340"), path, "ehc_requests"), r => r["all"][0] == "11", "the eleven requests",
            TimeSpan.FromSeconds(30));
        Assert.Equal(("10", "0", "1"), (requests["assessed"][0], requests["not_assessed"][0], requests["undecided"][0]));
        var needs = await TableAsync(TestOrganisation.La("340"), path, "ehc_plans_by_need");
        Assert.Equal(("8", "2", "10"), (needs["asd"][0], needs["semh"][0], needs["all"][0]));

        // Another LA sees the small counts withheld, and what would reveal them.
        var seen = await TableAsync(TestOrganisation.La("341"), path, "ehc_timeliness");
        Assert.Equal(["c", "c", "c", "21.6", "10"], seen["all_plans"]);
        Assert.Equal("c", (await TableAsync(TestOrganisation.La("341"), path, "ehc_plans_by_need"))["semh"][0]);
        // A month counts the plans issued in it: the six in 18 weeks were issued on 11 January 2027.
        var january = await TableAsync(TestOrganisation.La("340"), "/v1/dashboard/local-authorities/340?period=2027-01", "ehc_timeliness");
        Assert.Equal(["6", "0", "100.0", "18.0", "6"], january["all_plans"]);

        // A plan ceased, its event before anything else of its case: counted by reason in the month it ceased.
        await service.PublishAsync(new EhcPlanCeased(Guid.NewGuid(), "340", new DateOnly(2027, 2, 3), "ReachedMaximumAge") { OccurredAt = At });
        var ceased = await Eventually.Get(() => TableAsync(TestOrganisation.La("340"), "/v1/dashboard/local-authorities/340?period=2027-02", "ehc_ceased_by_reason"),
            t => t["all"][0] == "1", "the ceased plan", TimeSpan.FromSeconds(30));
        Assert.Equal("1", ceased["reached_maximum_age"][0]);
    }

    [Fact]
    public async Task Appeals_are_counted_by_subject_and_outcome_whichever_of_their_events_comes_first()
    {
        var decided = new DateOnly(2026, 10, 1);
        // In Gateshead (390) in 2026-27: five appeals against refusals to assess (three after mediation), two upheld,
        // one conceded and one dismissed; one about a plan's contents, withdrawn, its outcome arriving before its registration;
        // one against a decision to cease a plan, upheld.
        for (var i = 0; i < 5; i++)
        {
            var id = Guid.NewGuid();
            await service.PublishAsync(new AppealRegistered(id, "390", "NotToAssess", decided, new DateOnly(2026, 11, 2), true, Mediated: i < 3) { OccurredAt = At });
            var outcome = i switch { 0 or 1 => "Upheld", 2 => "Conceded", 3 => "Dismissed", _ => null };
            if (outcome is not null)
                await service.PublishAsync(new AppealDecided(id, "390", "NotToAssess", decided, outcome, new DateOnly(2026, 11, 2), new DateOnly(2027, 2, 1)) { OccurredAt = At });
        }
        var contents = Guid.NewGuid();
        await service.PublishAsync(new AppealDecided(contents, "390", "PlanContents", decided, "Withdrawn", new DateOnly(2026, 12, 1), new DateOnly(2027, 1, 5)) { OccurredAt = At });
        await service.PublishAsync(new AppealRegistered(contents, "390", "PlanContents", decided, new DateOnly(2026, 12, 1), true, false) { OccurredAt = At });
        var ceasing = Guid.NewGuid();
        await service.PublishAsync(new AppealRegistered(ceasing, "390", "Ceasing", decided, new DateOnly(2026, 11, 20), true, false) { OccurredAt = At });
        await service.PublishAsync(new AppealDecided(ceasing, "390", "Ceasing", decided, "Upheld", new DateOnly(2026, 11, 20), new DateOnly(2027, 3, 1)) { OccurredAt = At });

        const string path = "/v1/dashboard/local-authorities/390?period=2026-27";
        var appeals = await Eventually.Get(() => TableAsync(TestOrganisation.La("390"), path, "ehc_appeals"),
            t => t["all"][0] == "7" && t["all"][2] == "4" && t["all"][4] == "1", "the seven appeals", TimeSpan.FromSeconds(30));
        Assert.Equal(["5", "3", "3", "1", "0", ""], appeals["not_to_assess"]);
        Assert.Equal(["1", "0", "0", "0", "1", ""], appeals["plan_contents"]);
        Assert.Equal(["0", "0", "0", "0", "0", ""], appeals["not_to_issue"]);
        Assert.Equal(["1", "0", "1", "0", "0", ""], appeals["ceasing"]);
        Assert.Equal(["7", "3", "4", "1", "1", ""], appeals["all"]);
        // Another LA sees the small counts withheld.
        Assert.Equal("c", (await TableAsync(TestOrganisation.La("391"), path, "ehc_appeals"))["plan_contents"][0]);
    }

    [Fact]
    public async Task The_timeliness_data_set_for_a_calendar_year_has_every_areas_row_as_the_caller_may_see_it()
    {
        // In Sunderland (394), plans issued in 2028: six within 20 weeks, and one after 60 weeks with an exception.
        var received = new DateOnly(2027, 9, 6);
        for (var i = 0; i < 6; i++) await CaseAsync("394", received, received.AddDays(19 * 7));
        await CaseAsync("394", new DateOnly(2027, 1, 4), new DateOnly(2027, 1, 4).AddDays(60 * 7), exception: true);

        var client = service.Factory.RestAs(TestOrganisation.La("394"));
        var file = await Eventually.Get(() => client.GetStringAsync("/v1/dashboard/ehc-timeliness:export?year=2028"),
            csv => csv.Contains(",394,Sunderland,Total,Total,7,"), "Sunderland's seven plans", TimeSpan.FromSeconds(30));
        var lines = file.TrimEnd('\n').Split('\n');
        Assert.Equal("time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,new_la_code,old_la_code,la_name," +
            "breakdown_topic,breakdown,plans_issued_den,plans_issued_den_ex,plans_issued_within_20_weeks,plans_issued_20_weeks_ex,pc_plans_issued_within_20_weeks," +
            "pc_plans_issued_20_weeks_ex,plans_issued_gt20weeks_ltYear,plans_issued_gt20weeks_ltYear_ex,plans_issued_gt_1_year,plans_issued_gt_1_year_ex," +
            "avg_weeks_issue_plan,avg_weeks_issue_plan_exc", lines[0]);
        Assert.Equal(1 + 1 + 9 + 153, lines.Length);
        // Its own row in full: 7 plans, 6 without the exception, all 6 within 20 weeks; (6×19 + 60) / 7 = 24.9 weeks.
        Assert.EndsWith(",394,Sunderland,Total,Total,7,6,6,6,85.7,100.0,0,0,1,0,24.9,19.0", Assert.Single(lines, l => l.Contains(",394,Sunderland,")));
        Assert.StartsWith("2028,Calendar year,Local authority,E92000001,England,E12000001,North East,", Assert.Single(lines, l => l.Contains(",394,Sunderland,")));
        // The region's row, seen from an LA, withholds the single plan with an exception and what would reveal it.
        var region = Assert.Single(lines, l => l.StartsWith("2028,Calendar year,Regional,E92000001,England,E12000001,"));
        Assert.Contains(",c,", region);
        // DfE sees every row in full.
        var national = (await service.Factory.RestAs(TestOrganisation.Dfe).GetStringAsync("/v1/dashboard/ehc-timeliness:export?year=2028")).Split('\n')[1];
        Assert.StartsWith("2028,Calendar year,National,E92000001,England,,,,,,Total,Total,7,6,6,6,85.7,100.0,0,0,1,0,24.9,19.0", national);

        var (status, error) = await client.GetJsonAsync("/v1/dashboard/ehc-timeliness:export?year=28");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["year"], error.ViolatedFields());
    }

    [Fact]
    public async Task An_EHC_event_naming_an_LA_that_is_not_current_is_parked_as_poison()
    {
        // 909 (Cumbria) is no current LA: nowhere to count the request.
        await service.PublishAsync(new EhcRequestReceived(Guid.NewGuid(), "909", "Parent", new DateOnly(2027, 6, 1)));
        await using var connection = await new RabbitMQ.Client.ConnectionFactory { Uri = new Uri(service.MessagingConnectionString) }.CreateConnectionAsync();
        var errors = new SendPlatform.ServiceDefaults.Messaging.Redelivery.ErrorQueue(connection, "inclusion-dashboard-ehc-request-received");
        Assert.Equal(1u, await Eventually.Get(() => errors.CountAsync(), n => n == 1, "the event parked", TimeSpan.FromSeconds(30)));
        Assert.Equal(typeof(InvalidOperationException).FullName, Assert.Single(await errors.ListAsync(10)).ExceptionType);
        var national = await TableAsync(TestOrganisation.Dfe, "/v1/dashboard/national?period=2027-06", "ehc_requests");
        Assert.Equal("0", national["all"][0]);

        // An appeal about a subject the dashboard does not count is parked too, not counted under another.
        await service.PublishAsync(new AppealRegistered(Guid.NewGuid(), "931", "SchoolAdmission", new DateOnly(2027, 6, 1), new DateOnly(2027, 6, 20), true, false));
        var appeals = new SendPlatform.ServiceDefaults.Messaging.Redelivery.ErrorQueue(connection, "inclusion-dashboard-appeal-registered");
        Assert.Equal(1u, await Eventually.Get(() => appeals.CountAsync(), n => n == 1, "the appeal parked", TimeSpan.FromSeconds(30)));
        Assert.Equal("0", (await TableAsync(TestOrganisation.Dfe, "/v1/dashboard/national?period=2027-06", "ehc_appeals"))["all"][0]);
    }
}
