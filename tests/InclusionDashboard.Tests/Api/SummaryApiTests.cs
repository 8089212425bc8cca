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

    private static async Task PublishAllAsync(DashboardService service, IEnumerable<PupilMoved> events)
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

    /// <summary>Waits until the area's own LA (who sees it in full) sees the expected total of admissions.</summary>
    private async Task<JsonElement> CountedAsync(TestOrganisation caller, string path, string expectedAdmissions) =>
        await Eventually.Get(() => ReadAsync(caller, path), s => Row(s, "movements_by_sen_provision", "admissions").GetProperty("total").GetString() == expectedAdmissions,
            $"{expectedAdmissions} admissions counted at {path}", TimeSpan.FromSeconds(30));

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
        var own = await CountedAsync(TestOrganisation.La("202"), path, "23");
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
        var own = await CountedAsync(TestOrganisation.La("206"), "/v1/dashboard/local-authorities/206?period=2027-05", "1");
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
