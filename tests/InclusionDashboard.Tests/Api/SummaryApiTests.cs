using System.Net;
using System.Text.Json;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.TestKit;

namespace SendPlatform.InclusionDashboard.Tests.Api;

/// <summary>
/// The dashboard over REST, fed by PupilMoved on the real broker: who sees which figures in full, how periods and
/// areas add up, and that a redelivered or reordered event ends in the same figures. Each test has its own LAs and
/// months, so the fixture's shared database does not mix their counts.
/// </summary>
public sealed class SummaryApiTests(DashboardService service) : IClassFixture<DashboardService>
{
    private static PupilMoved Moved(string laCode, string type, DateOnly date, string sen, string? need = null, string? ground = null, int? days = null) =>
        new(Guid.NewGuid(), "H801200001001", type, date, null, null, null, laCode, sen) { PrimaryNeed = need, DeletionGround = ground, SuspensionDays = days };

    private static async Task PublishAllAsync(DashboardService service, IEnumerable<IntegrationEvent> events)
    {
        foreach (var moved in events) await service.PublishAsync(moved);
    }

    private static JsonElement Row(JsonElement summary, string table, string row) =>
        summary.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("id").GetString() == table)
            .GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("id").GetString() == row);

    private static string[] Values(JsonElement row) => [.. row.GetProperty("values").EnumerateArray().Select(v => v.GetString()!)];

    private async Task<JsonElement> ReadAsync(TestOrganisation caller, string path)
    {
        var (status, body) = await service.Factory.RestAs(caller).GetJsonAsync(path);
        Assert.Equal(HttpStatusCode.OK, status);
        return body;
    }

    /// <summary>Waits until the caller sees each movement's expected total (events are consumed concurrently, in any order).</summary>
    private async Task<JsonElement> CountedAsync(TestOrganisation caller, string path, string expectedAdmissions, params (string Row, string Total)[] more) =>
        await Eventually.Get(() => ReadAsync(caller, path),
            s => more.Prepend(("admissions", expectedAdmissions)).All(e => Row(s, "movements_by_sen_provision", e.Item1).GetProperty("total").GetString() == e.Item2),
            $"{expectedAdmissions} admissions and the rest counted at {path}", TimeSpan.FromSeconds(30));

    [Fact]
    public async Task An_LA_sees_its_own_figures_in_full_and_everyone_else_but_DfE_sees_them_under_disclosure_control()
    {
        var march = new DateOnly(2027, 3, 10);
        await PublishAllAsync(service, [
            .. Enumerable.Range(0, 3).Select(_ => Moved("202", "Admission", march, "E", "ASD")),
            .. Enumerable.Range(0, 20).Select(_ => Moved("202", "Admission", march, "N")),
            .. Enumerable.Range(0, 2).Select(_ => Moved("202", "Deletion", march, "N", ground: "MOVED_AWAY")),
        ]);
        const string path = "/v1/dashboard/local-authorities/202?period=2027-03";
        var own = await CountedAsync(TestOrganisation.La("202"), path, "23", ("deletions", "2"));
        Assert.False(own.GetProperty("suppressed").GetBoolean());
        Assert.Equal("Camden", own.GetProperty("areaName").GetString());
        Assert.Equal(["3", "0", "20"], Values(Row(own, "movements_by_sen_provision", "admissions")));
        Assert.Equal(["0", "0", "2"], Values(Row(own, "deletions_by_ground", "moved_away")));

        var dfe = await ReadAsync(TestOrganisation.Dfe, path);
        Assert.False(dfe.GetProperty("suppressed").GetBoolean());
        Assert.Equal(["3", "0", "20"], Values(Row(dfe, "movements_by_sen_provision", "admissions")));

        foreach (var outsider in new[] { TestOrganisation.La("931"), TestOrganisation.School("100000"), new TestOrganisation("ap_provider", "140000") })
        {
            var seen = await ReadAsync(outsider, path);
            Assert.True(seen.GetProperty("suppressed").GetBoolean());
            // 3 is withheld, and the 20 with it: the total of 23 would otherwise give the 3 away.
            Assert.Equal(["c", "0", "c"], Values(Row(seen, "movements_by_sen_provision", "admissions")));
            Assert.Equal("23", Row(seen, "movements_by_sen_provision", "admissions").GetProperty("total").GetString());
            Assert.Equal("c", Row(seen, "movements_by_sen_provision", "deletions").GetProperty("total").GetString());
        }
    }

    [Fact]
    public async Task The_CSV_download_holds_the_figures_the_caller_is_shown_in_the_open_data_layout()
    {
        var march = new DateOnly(2027, 3, 10);
        await PublishAllAsync(service, [.. Enumerable.Range(0, 2).Select(_ => Moved("209", "Admission", march, "E", "ASD")), Moved("209", "Admission", march, "N")]);
        await CountedAsync(TestOrganisation.La("209"), "/v1/dashboard/local-authorities/209?period=2027-03", "3");

        using var response = await service.Factory.RestAs(TestOrganisation.La("209")).GetAsync("/v1/dashboard/local-authorities/209:export?period=2027-03");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("send-dashboard-209-2027-03.csv", response.Content.Headers.ContentDisposition?.ToString() ?? response.Headers.ToString());
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,new_la_code,old_la_code,la_name,table,breakdown,category,value",
            lines[0]);
        Assert.Contains("2027,March,Local authority,E92000001,England,E12000007,London,E09000023,209,Lewisham,Movements by SEN provision,Admissions,EHC plan,2", lines);
        Assert.Contains("2027,March,Local authority,E92000001,England,E12000007,London,E09000023,209,Lewisham,Movements by SEN provision,Admissions,Total,3", lines);

        var outsider = await service.Factory.RestAs(TestOrganisation.School("100000")).GetStringAsync("/v1/dashboard/local-authorities/209:export?period=2027-03");
        Assert.Contains("Movements by SEN provision,Admissions,EHC plan,c", outsider);
        Assert.Contains("Movements by SEN provision,Admissions,Total,c", outsider);

        var national = await service.Factory.RestAs(TestOrganisation.Dfe).GetStringAsync("/v1/dashboard/national:export?period=2027-03");
        Assert.Contains("2027,March,National,E92000001,England,,,,,,Movements by SEN provision,Admissions,", national);
        var (status, error) = await service.Factory.RestAs(TestOrganisation.Dfe).GetJsonAsync("/v1/dashboard/national:export?period=March");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["period"], error.ViolatedFields());
    }

    [Fact]
    public async Task A_region_and_the_nation_add_up_their_LAs_and_only_DfE_sees_them_in_full()
    {
        var april = new DateOnly(2027, 4, 2);
        // Greenwich (203) and Hackney (204) are in London (E12000007); Sunderland (394) is in the North East.
        await PublishAllAsync(service, [
            .. Enumerable.Range(0, 2).Select(_ => Moved("203", "Admission", april, "E", "SLCN")),
            .. Enumerable.Range(0, 7).Select(_ => Moved("204", "Admission", april, "K", "SEMH")),
            .. Enumerable.Range(0, 11).Select(_ => Moved("394", "Admission", april, "N")),
        ]);
        var region = await CountedAsync(TestOrganisation.Dfe, "/v1/dashboard/regions/E12000007?period=2027-04", "9");
        Assert.Equal("Regional", region.GetProperty("geographicLevel").GetString());
        Assert.Equal("London", region.GetProperty("areaName").GetString());
        Assert.Equal(["2", "7", "0"], Values(Row(region, "movements_by_sen_provision", "admissions")));
        var national = await CountedAsync(TestOrganisation.Dfe, "/v1/dashboard/national?period=2027-04", "20");
        Assert.Equal("E92000001", national.GetProperty("areaCode").GetString());

        var asLa = await ReadAsync(TestOrganisation.La("203"), "/v1/dashboard/regions/E12000007?period=2027-04");
        Assert.True(asLa.GetProperty("suppressed").GetBoolean());
        Assert.Equal(["c", "c", "0"], Values(Row(asLa, "movements_by_sen_provision", "admissions")));
        Assert.True((await ReadAsync(TestOrganisation.La("203"), "/v1/dashboard/national?period=2027-04")).GetProperty("suppressed").GetBoolean());
    }

    [Fact]
    public async Task A_redelivered_event_counts_once_and_events_in_any_order_end_in_the_same_figures()
    {
        var may = new DateOnly(2027, 5, 20);
        var admission = Moved("206", "Admission", may, "K", "ASD");
        // The deletion arrives before the admission it follows, and the admission twice.
        await PublishAllAsync(service, [
            Moved("206", "Deletion", may.AddDays(3), "K", "ASD", "REGISTERED_AT_ANOTHER_SCHOOL"),
            admission, admission,
            .. Enumerable.Range(0, 5).Select(_ => Moved("206", "Suspension", may, "K", "ASD", days: 2)),
        ]);
        var own = await CountedAsync(TestOrganisation.La("206"), "/v1/dashboard/local-authorities/206?period=2027-05", "1", ("deletions", "1"), ("suspensions", "5"));
        // The admission delivered twice: had it counted twice, it would show by now.
        await Task.Delay(TimeSpan.FromSeconds(1));
        own = await ReadAsync(TestOrganisation.La("206"), "/v1/dashboard/local-authorities/206?period=2027-05");
        Assert.Equal(["0", "1", "0"], Values(Row(own, "movements_by_sen_provision", "admissions")));
        Assert.Equal(["0", "1", "0"], Values(Row(own, "deletions_by_ground", "registered_at_another_school")));
        Assert.Equal(["0", "5", "0"], Values(Row(own, "movements_by_sen_provision", "suspensions")));
        Assert.Equal(["0", "10", "0"], Values(Row(own, "movements_by_sen_provision", "suspension_days")));
    }

    [Fact]
    public async Task An_academic_year_adds_up_its_months_from_September_to_August()
    {
        await PublishAllAsync(service, [
            Moved("207", "Admission", new DateOnly(2026, 9, 1), "N"),
            Moved("207", "Admission", new DateOnly(2027, 8, 31), "N"),
            Moved("207", "Admission", new DateOnly(2027, 9, 1), "N"),
        ]);
        await CountedAsync(TestOrganisation.La("207"), "/v1/dashboard/local-authorities/207?period=2027-28", "1");
        var year = await CountedAsync(TestOrganisation.La("207"), "/v1/dashboard/local-authorities/207?period=2026-27", "2");
        Assert.Equal("2026-09-01", year.GetProperty("periodStart").GetString());
        Assert.Equal("2027-08-31", year.GetProperty("periodEnd").GetString());
    }

    [Fact]
    public async Task AP_placements_and_oversight_alerts_are_counted_from_their_events_in_any_order()
    {
        var june = new DateOnly(2027, 6, 7);
        var raisedAt = new DateTimeOffset(2027, 6, 1, 9, 0, 0, TimeSpan.Zero);
        var alerts = Enumerable.Range(0, 6).Select(_ => Guid.NewGuid()).ToList();
        await PublishAllAsync(service, [
            .. Enumerable.Range(0, 6).Select(_ => new ApPlacementStarted(Guid.NewGuid(), "H801200001001", "208", "TimeLimited", "140000", "100000", june, june.AddDays(60),
                new DateOnly(2013, 1, 1), "K", "SEMH")),
            .. Enumerable.Range(0, 5).Select(_ => new ApPlacementEnded(Guid.NewGuid(), "H801200001001", "208", "TimeLimited", "140000", june.AddDays(10),
                "ReturnedToHomeSchool", null)),
            // One alert's resolution arrives before it is raised; the rest are raised and stay open, two past their due date.
            new OversightAlertResolved(alerts[0], "MissingEducation", "208", raisedAt.AddDays(4)),
            .. alerts.Select((id, i) => new OversightAlertRaised(id, "MissingEducation", "Medium", "208", null,
                DateOnly.FromDateTime(raisedAt.DateTime).AddDays(i < 3 ? 5 : 60), raisedAt)),
            new OversightAlertAcknowledged(alerts[1], "MissingEducation", "208", raisedAt.AddDays(1)),
        ]);
        const string path = "/v1/dashboard/local-authorities/208?period=2027-06";
        var own = await Eventually.Get(() => ReadAsync(TestOrganisation.La("208"), path),
            s => Values(Row(s, "oversight_alerts", "missing_education"))[0] == "6" && Values(Row(s, "oversight_alerts", "missing_education"))[1] == "1"
                && Row(s, "ap_placements_by_tier", "ended").GetProperty("total").GetString() == "5"
                && Row(s, "ap_placements_by_tier", "started").GetProperty("total").GetString() == "6",
            "the placements and alerts counted", TimeSpan.FromSeconds(30));
        Assert.Equal(["6", "1", "5", "2", "4"], Values(Row(own, "oversight_alerts", "missing_education")));
        Assert.Equal(["0", "5", "0"], Values(Row(own, "ap_placements_ended_by_outcome", "returned_to_home_school")));

        var outsider = await ReadAsync(TestOrganisation.La("931"), path);
        Assert.Equal(["6", "c", "5", "c", "c"], Values(Row(outsider, "oversight_alerts", "missing_education")));
    }

    [Fact]
    public async Task A_series_follows_a_measure_month_by_month_withheld_for_outsiders_as_the_summary_is()
    {
        await PublishAllAsync(service, [
            .. Enumerable.Range(0, 12).Select(_ => Moved("210", "PermanentExclusion", new DateOnly(2027, 1, 15), "K", "SEMH")),
            .. Enumerable.Range(0, 2).Select(_ => Moved("210", "PermanentExclusion", new DateOnly(2027, 2, 15), "E", "ASD")),
            .. Enumerable.Range(0, 30).Select(_ => Moved("210", "PermanentExclusion", new DateOnly(2027, 3, 15), "N")),
        ]);
        const string path = "/v1/dashboard/local-authorities/210/series/permanent_exclusions?from=2027-01&to=2027-04";
        var own = await Eventually.Get(() => ReadAsync(TestOrganisation.La("210"), path),
            s => s.GetProperty("points").EnumerateArray().Sum(p => int.Parse(p.GetProperty("value").GetString()!)) == 44, "44 exclusions counted",
            TimeSpan.FromSeconds(30));
        Assert.Equal(["2027-01:12", "2027-02:2", "2027-03:30", "2027-04:0"],
            own.GetProperty("points").EnumerateArray().Select(p => $"{p.GetProperty("month").GetString()}:{p.GetProperty("value").GetString()}"));
        Assert.Equal("PupilMoved", own.GetProperty("sourceEvent").GetString());
        var outsider = await ReadAsync(TestOrganisation.School("100000"), path);
        Assert.True(outsider.GetProperty("suppressed").GetBoolean());
        // The 2 is withheld, and the 12 with it: the year's summary shows the total of 44.
        Assert.Equal(["c", "c", "30", "0"], outsider.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("value").GetString()));
    }

    [Fact]
    public async Task An_event_naming_an_LA_that_is_not_current_is_parked_as_poison_not_counted()
    {
        // 909 (Cumbria) still appears on older UPNs but is no current LA: nowhere to count the movement.
        await service.PublishAsync(Moved("909", "Admission", new DateOnly(2027, 7, 1), "N"));
        await using var connection = await new RabbitMQ.Client.ConnectionFactory { Uri = new Uri(service.MessagingConnectionString) }.CreateConnectionAsync();
        var errors = new SendPlatform.ServiceDefaults.Messaging.Redelivery.ErrorQueue(connection, "inclusion-dashboard-pupil-moved");
        Assert.Equal(1u, await Eventually.Get(() => errors.CountAsync(), n => n == 1, "the event parked", TimeSpan.FromSeconds(30)));
        Assert.Equal(typeof(InvalidOperationException).FullName, Assert.Single(await errors.ListAsync(10)).ExceptionType);
        var national = await ReadAsync(TestOrganisation.Dfe, "/v1/dashboard/national?period=2027-07");
        Assert.Equal("0", Row(national, "movements_by_sen_provision", "admissions").GetProperty("total").GetString());
    }

    [Theory]
    [InlineData("/v1/dashboard/local-authorities/210/series/exclusions", new[] { "measure" })]
    [InlineData("/v1/dashboard/local-authorities/210/series/admissions?from=2027-05&to=2027-01", new[] { "from" })]
    [InlineData("/v1/dashboard/local-authorities/210/series/admissions?from=2016-01&to=2027-01", new[] { "to" })]
    [InlineData("/v1/dashboard/local-authorities/210/series/admissions?from=2026-27", new[] { "from" })]
    public async Task A_series_with_an_unknown_measure_or_months_out_of_order_is_refused(string path, string[] fields)
    {
        var (status, body) = await service.Factory.RestAs(TestOrganisation.Dfe).GetJsonAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(fields, body.ViolatedFields());
    }

    [Theory]
    [InlineData("/v1/dashboard/local-authorities/93?period=2026-27", new[] { "la_code" })]
    [InlineData("/v1/dashboard/local-authorities/93?period=2026-13", new[] { "la_code", "period" })]
    [InlineData("/v1/dashboard/national?period=27", new[] { "period" })]
    [InlineData("/v1/dashboard/regions/london", new[] { "region" })]
    [InlineData("/v1/dashboard/local-authorities/999", new[] { "la_code" })]
    [InlineData("/v1/dashboard/local-authorities/909", new[] { "la_code" })]
    public async Task A_malformed_area_or_period_is_refused_naming_each_field(string path, string[] fields)
    {
        var (status, body) = await service.Factory.RestAs(TestOrganisation.Dfe).GetJsonAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(fields, body.ViolatedFields());
    }

    [Fact]
    public async Task A_region_code_no_region_has_is_not_found() =>
        Assert.Equal(HttpStatusCode.NotFound, (await service.Factory.RestAs(TestOrganisation.Dfe).GetJsonAsync("/v1/dashboard/regions/E12000010")).Status);

    [Fact]
    public async Task The_glossary_explains_every_acronym_and_a_caller_without_the_scope_is_refused()
    {
        var glossary = await ReadAsync(TestOrganisation.School("100000"), "/v1/dashboard/glossary");
        var terms = glossary.GetProperty("terms").EnumerateArray().Select(t => t.GetProperty("term").GetString()).ToList();
        Assert.Contains("EHE", terms);
        Assert.Contains("c", terms);
        Assert.Contains("CME", terms);
        var (status, _) = await service.Factory.RestAs(TestOrganisation.La("931"), scopes: ["movements.read"]).GetJsonAsync("/v1/dashboard/national");
        Assert.Equal(HttpStatusCode.Forbidden, status);
    }
}
