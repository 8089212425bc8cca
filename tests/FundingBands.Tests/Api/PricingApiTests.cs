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
}
