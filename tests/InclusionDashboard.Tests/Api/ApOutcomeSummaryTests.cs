using System.Net;
using System.Text.Json;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.TestKit;

namespace SendPlatform.InclusionDashboard.Tests.Api;

/// <summary>AP outcomes from ApOutcomesAssessed on the real broker: each placement's latest position counted, in any order, withheld for others.</summary>
public sealed class ApOutcomeSummaryTests(DashboardService service) : IClassFixture<DashboardService>
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    private async Task<Dictionary<string, string>> RowsAsync(TestOrganisation caller, string path)
    {
        var (status, body) = await service.Factory.RestAs(caller).GetJsonAsync(path);
        Assert.Equal(HttpStatusCode.OK, status);
        var table = body.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "ap_outcomes");
        return table.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!,
            r => string.Join(" ", [.. r.GetProperty("values").EnumerateArray().Select(v => v.GetString()!), r.GetProperty("total").GetString()!]));
    }

    private static ApOutcomesAssessed Assessed(Guid placement, DateTimeOffset asOf, bool attendance, bool? reintegration = null, string la = "886") =>
        new(placement, la, "TimeLimited", "170010",
            [new ApYearOutcomes("2026-27", null, attendance, reintegration, true, null), new ApYearOutcomes("2027-28", null, true, null, true, null)], asOf);

    [Fact]
    public async Task The_latest_position_of_each_placement_counts_once_in_any_order_and_another_LA_sees_small_counts_withheld()
    {
        var placements = Enumerable.Range(0, 6).Select(_ => Guid.NewGuid()).ToList();
        // The last placement's later position (attendance improved) arrives before its earlier one, and is delivered twice.
        var later = Assessed(placements[5], Noon.AddDays(7), attendance: true, reintegration: true);
        await service.PublishAsync(later);
        await service.PublishAsync(Assessed(placements[5], Noon, attendance: false));
        await service.PublishAsync(later);
        for (var i = 0; i < 5; i++) await service.PublishAsync(Assessed(placements[i], Noon, attendance: i < 4));
        // Another LA's placement is not Kent's.
        await service.PublishAsync(Assessed(Guid.NewGuid(), Noon, attendance: true, la: "931"));

        const string path = "/v1/dashboard/local-authorities/886?period=2026-11";
        var own = await Eventually.Get(() => RowsAsync(TestOrganisation.La("886"), path),
            r => r["improved_attendance"] == "5 1 83.3 6" && r["reintegration"] == "1 0 100.0 1", "the six placements' latest positions", TimeSpan.FromSeconds(30));
        Assert.Equal("6 0 100.0 6", own["attainment_english_and_maths"]);
        Assert.Equal("0 0 x 0", own["effective_outreach"]);

        var other = await RowsAsync(TestOrganisation.La("202"), path);
        Assert.Equal("c c c 6", other["improved_attendance"]);
        Assert.Equal("c 0 c c", other["reintegration"]);
        Assert.Equal("6 0 100.0 6", (await RowsAsync(TestOrganisation.La("886"), "/v1/dashboard/local-authorities/886?period=2027-28"))["improved_attendance"]);
    }
}
