using System.Net;
using SendPlatform.TestKit;

namespace SendPlatform.FundingBands.Tests.Api;

/// <summary>Pricing over REST against frameworks published for 2026-27 only; in a database of its own.</summary>
public sealed class PricingApiTests(FundingService service) : IClassFixture<FundingService>, IAsyncLifetime
{
    private readonly HttpClient _la = service.Factory.RestAs(TestOrganisation.La("202"));

    public Task InitializeAsync() =>
        service.Factory.RestAs(TestOrganisation.Dfe).EnsurePublishedAsync("2026-27");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_placement_is_priced_line_by_line_as_a_finance_officer_would()
    {
        var (status, body) = await _la.PricePlacementAsync(new
        {
            laCode = "202", provisionType = "STATE_SPECIAL", band = "B1", startDate = "2026-09-01", endDate = "2027-03-31", fractionOfFullTime = "0.6",
        });
        Assert.Equal(HttpStatusCode.OK, status);
        var line = Assert.Single(body.GetProperty("lines").EnumerateArray());
        Assert.Equal(212, line.GetProperty("daysOccupied").GetInt32());
        Assert.Equal(365, line.GetProperty("daysInYear").GetInt32());
        Assert.Equal("1.0530", line.GetProperty("areaCostAdjustment").GetString());
        Assert.Equal(440356, line.GetProperty("topUpPence").Pence());
        Assert.Equal(440356, body.GetProperty("totalPence").Pence());
    }

    [Fact]
    public async Task A_span_into_a_year_without_a_framework_is_412_naming_the_year()
    {
        var (status, body) = await _la.PricePlacementAsync(new { laCode = "202", provisionType = "STATE_SPECIAL", band = "B1", startDate = "2027-01-01", endDate = "2027-06-30" });
        Assert.Equal(HttpStatusCode.PreconditionFailed, status);
        Assert.Equal("No funding framework is published for 2027-28.", body.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("SPACESHIP", "B1", "2026-06-01", "2026-06-30", "1", "provision_type")]
    [InlineData("STATE_SPECIAL", "B9", "2026-06-01", "2026-06-30", "1", "band")]
    [InlineData("STATE_SPECIAL", "B1", "2026-06-30", "2026-06-01", "1", "end_date")]
    [InlineData("STATE_SPECIAL", "B1", "2026-06-01", "2026-06-30", "0", "fraction_of_full_time")]
    [InlineData("STATE_SPECIAL", "B1", "2026-06-01", "2026-06-30", "-0.5", "fraction_of_full_time")]
    [InlineData("STATE_SPECIAL", "B1", "2026-06-01", "2026-06-30", "1.5", "fraction_of_full_time")]
    [InlineData("STATE_SPECIAL", "B1", "01/06/2026", "2026-06-30", "1", "start_date")]
    public async Task Bad_placements_are_400_naming_the_field(string provision, string band, string start, string end, string fraction, string field)
    {
        var (status, body) = await _la.PricePlacementAsync(new { laCode = "202", provisionType = provision, band, startDate = start, endDate = end, fractionOfFullTime = fraction });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal([field], body.ViolatedFields());
    }

    [Fact]
    public async Task Places_are_priced_at_the_per_place_rate_and_independent_special_has_none()
    {
        var (_, ap) = await _la.PostJsonAsync("/v1/funding/places:price", new { provisionType = "AP", places = 12, financialYear = "2026-27" });
        Assert.Equal(12_000_000, ap.GetProperty("totalPence").Pence());
        var (_, independent) = await _la.PostJsonAsync("/v1/funding/places:price", new { provisionType = "INDEPENDENT_SPECIAL", places = 3, financialYear = "2026-27" });
        Assert.Equal(0, independent.TryGetProperty("totalPence", out var t) ? t.Pence() : 0);
        var (status, body) = await _la.PostJsonAsync("/v1/funding/places:price", new { provisionType = "AP", places = 0, financialYear = "2026/27" });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["places", "financial_year"], body.ViolatedFields());
    }

    [Fact]
    public async Task Places_for_some_days_are_priced_day_by_day_by_the_version_in_force_across_a_mid_year_correction()
    {
        // 2029-30 (365 days) at £10,000 an AP place; a correction from 1 October 2029 raises it to £11,000.
        var dfe = service.Factory.RestAs(TestOrganisation.Dfe);
        var (_, first) = await dfe.CreateFrameworkAsync("2029-30", key: "places-2029-30-v1");
        await dfe.PublishFrameworkAsync(first.GetProperty("id").GetString()!);
        var corrected = FundingCalls.Content.Replace("\"areaCostAdjustments\"", "\"placeFunding\":[{\"provisionType\":\"AP\",\"perPlacePence\":\"1100000\"}],\"areaCostAdjustments\"");
        var (_, correction) = await dfe.CreateFrameworkAsync("2029-30", corrected, key: "places-2029-30-v2", effectiveFrom: "2029-10-01");
        await dfe.PublishFrameworkAsync(correction.GetProperty("id").GetString()!);

        // 2 places, 1 September 2029 to 31 March 2030: 30 days at £10,000 (£10,000 × 2 × 30/365 = £1,643.84) and 182 at
        // £11,000 (£11,000 × 2 × 182/365 = £10,969.86).
        var (status, price) = await _la.PostJsonAsync("/v1/funding/places:price",
            new { provisionType = "AP", places = 2, financialYear = "2029-30", startDate = "2029-09-01", endDate = "2030-03-31" });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal([("2029-09-01", "2029-09-30", 30, 1_000_000L, 164_384L), ("2029-10-01", "2030-03-31", 182, 1_100_000L, 1_096_986L)],
            price.GetProperty("lines").EnumerateArray().Select(l => (l.GetProperty("startDate").GetString(), l.GetProperty("endDate").GetString(),
                l.GetProperty("days").GetInt32(), l.GetProperty("perPlacePence").Pence(), l.GetProperty("totalPence").Pence())));
        Assert.Equal(1_261_370, price.GetProperty("totalPence").Pence());
        Assert.Equal(correction.GetProperty("id").GetString(), price.GetProperty("frameworkId").GetString());

        // Without dates, the whole year at the rate in force, as before.
        var (_, year) = await _la.PostJsonAsync("/v1/funding/places:price", new { provisionType = "AP", places = 2, financialYear = "2029-30" });
        Assert.Equal(2_200_000, year.GetProperty("totalPence").Pence());

        (status, var bad) = await _la.PostJsonAsync("/v1/funding/places:price",
            new { provisionType = "AP", places = 2, financialYear = "2029-30", startDate = "2029-03-01", endDate = "2029-09-30" });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["start_date"], bad.ViolatedFields());
        (status, bad) = await _la.PostJsonAsync("/v1/funding/places:price",
            new { provisionType = "AP", places = 2, financialYear = "2029-30", startDate = "2029-09-01" });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["end_date"], bad.ViolatedFields());
        (status, bad) = await _la.PostJsonAsync("/v1/funding/places:price",
            new { provisionType = "AP", places = 2, financialYear = "2029-30", startDate = "2029-10-01", endDate = "2029-09-30" });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["end_date"], bad.ViolatedFields());
    }
}
