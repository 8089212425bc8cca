using System.Net;
using System.Text.Json;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.TestKit;

namespace SendPlatform.InclusionDashboard.Tests.Api;

/// <summary>Rates per 1,000 pupils from PupilHeadcountsPublished on the real broker: the latest publication of a year wins, in any order.</summary>
public sealed class MovementRateSummaryTests(DashboardService service) : IClassFixture<DashboardService>
{
    private static readonly DateTimeOffset At = new(2026, 9, 1, 9, 0, 0, TimeSpan.Zero);

    private async Task<Dictionary<string, string>> RatesAsync(TestOrganisation caller, string path)
    {
        var (status, body) = await service.Factory.RestAs(caller).GetJsonAsync(path);
        Assert.Equal(HttpStatusCode.OK, status);
        return body.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "movement_rates").GetProperty("rows").EnumerateArray()
            .ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("values")[0].GetString()!);
    }

    [Fact]
    public async Task An_LAs_rates_use_DfEs_latest_headcount_for_the_year_and_a_region_without_every_LAs_has_none()
    {
        // The later publication (80,000 pupils) arrives before the one it replaced (50,000).
        await service.PublishAsync(new PupilHeadcountsPublished("2026-27", [new("873", 80_000)], At.AddDays(1)));
        await service.PublishAsync(new PupilHeadcountsPublished("2026-27", [new("873", 50_000), new("202", 20_000)], At));
        foreach (var sen in new[] { "E", "N", "N", "N", "N", "N", "N", "N" })
            await service.PublishAsync(new PupilMoved(Guid.NewGuid(), "H801200001001", "Admission", new DateOnly(2026, 10, 2), null, null, null, "873", sen));

        const string path = "/v1/dashboard/local-authorities/873?period=2026-27";
        await Eventually.Get(() => RatesAsync(TestOrganisation.La("873"), path), r => r["admissions"] == "0.10", "8 admissions over 80,000 pupils",
            TimeSpan.FromSeconds(30));
        await Task.Delay(1000);
        var own = await RatesAsync(TestOrganisation.La("873"), path);
        Assert.Equal(("0.10", "0.00"), (own["admissions"], own["permanent_exclusions"]));
        // Another LA sees the admissions' split withheld, but their total, and so the rate, is not.
        Assert.Equal("0.10", (await RatesAsync(TestOrganisation.La("202"), path))["admissions"]);
        Assert.Equal("x", (await RatesAsync(TestOrganisation.Dfe, "/v1/dashboard/regions/E12000006?period=2026-27"))["admissions"]);
        Assert.Equal("x", (await RatesAsync(TestOrganisation.La("873"), "/v1/dashboard/local-authorities/873?period=2027-28"))["admissions"]);
        // The later publication left Camden out: it has no headcount that year.
        Assert.Equal("x", (await RatesAsync(TestOrganisation.La("202"), "/v1/dashboard/local-authorities/202?period=2026-27"))["admissions"]);
    }

    [Fact]
    public async Task A_regions_rate_is_over_the_sum_of_its_LAs_headcounts_once_every_one_has_one()
    {
        // Every North East LA has 10,000 pupils in 2027-28; 6 admissions in Newcastle (391) are 0.60 per 1,000 there, and the region's rate is over all its LAs' pupils.
        var las = SendPlatform.SharedKernel.Identifiers.LocalAuthorities.All.Where(la => la.Region == "North East").Select(la => la.LaCode).Order().ToList();
        await service.PublishAsync(new PupilHeadcountsPublished("2027-28", [.. las.Select(la => new LaPupilHeadcount(la, 10_000))], At));
        for (var i = 0; i < 6; i++)
            await service.PublishAsync(new PupilMoved(Guid.NewGuid(), "H801200001001", "Admission", new DateOnly(2027, 10, 4), null, null, null, "391", "N"));

        // Events are consumed concurrently: wait for Newcastle's own rate to count all six before reading the region's.
        await Eventually.Get(() => RatesAsync(TestOrganisation.La("391"), "/v1/dashboard/local-authorities/391?period=2027-28"),
            r => r["admissions"] == "0.60", "Newcastle's six admissions", TimeSpan.FromSeconds(30));
        var region = await RatesAsync(TestOrganisation.Dfe, "/v1/dashboard/regions/E12000001?period=2027-28");
        Assert.Equal(Math.Round(6m * 1000 / (10_000 * las.Count), 2, MidpointRounding.AwayFromZero).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
            region["admissions"]);
    }
}
