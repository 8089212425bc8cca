using System.Net;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.TestKit;

namespace SendPlatform.NationalStandards.Tests.Api;

/// <summary>DfE publishes each LA's pupil headcount per academic year; every partner reads it; the dashboard hears of it.</summary>
public sealed class PupilHeadcountsTests(StandardsService service) : IClassFixture<StandardsService>
{
    private readonly HttpClient _dfe = service.Factory.RestAs(TestOrganisation.Dfe);

    private static object Year(params (string La, long Headcount)[] lines) => new { headcounts = lines.Select(l => new { laCode = l.La, headcount = l.Headcount }) };

    [Fact]
    public async Task DfE_publishes_a_year_and_publishing_it_again_replaces_it_and_announces_the_whole_year()
    {
        await using var observer = await BrokerObserver.StartAsync<PupilHeadcountsPublished>(service.MessagingConnectionString);
        Assert.Equal(HttpStatusCode.OK, (await _dfe.SendAsync(HttpMethod.Put, "/v1/reference/pupil-headcounts/2025-26", Year(("931", 95_000), ("202", 20_000)))).Status);
        var (status, body) = await _dfe.SendAsync(HttpMethod.Put, "/v1/reference/pupil-headcounts/2025-26", Year(("931", 96_500)));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("dfe", body.GetProperty("publishedBy").GetString()![..3]);

        var (_, read) = await service.Factory.RestAs(TestOrganisation.School("100000")).GetJsonAsync("/v1/reference/pupil-headcounts/2025-26");
        var line = Assert.Single(read.GetProperty("headcounts").EnumerateArray());
        Assert.Equal(("931", "96500"), (line.GetProperty("laCode").GetString(), line.GetProperty("headcount").ToString()));

        var announced = await Eventually.Get(() => Task.FromResult(observer.Received.ToList()), r => r.Count == 2, "two PupilHeadcountsPublished");
        var latest = announced.MaxBy(r => r.Message.GetProperty("publishedAt").GetDateTimeOffset())!.Message;
        Assert.Equal("2025-26", latest.GetProperty("academicYear").GetString());
        Assert.Equal(1, latest.GetProperty("headcounts").GetArrayLength());
    }

    [Fact]
    public async Task Only_DfE_publishes_bad_lines_are_refused_together_and_an_unpublished_year_is_not_found()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await service.Factory.RestAs(TestOrganisation.La("931")).SendAsync(HttpMethod.Put,
            "/v1/reference/pupil-headcounts/2024-25", Year(("931", 95_000)))).Status);
        var (status, error) = await _dfe.SendAsync(HttpMethod.Put, "/v1/reference/pupil-headcounts/2024-26", Year(("931", 0), ("999", 10), ("931", 5)));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["academic_year", "headcounts[0].headcount", "headcounts[1].la_code", "headcounts[2].la_code"], error.ViolatedFields());
        Assert.Equal(HttpStatusCode.BadRequest, (await _dfe.SendAsync(HttpMethod.Put, "/v1/reference/pupil-headcounts/2024-25", Year())).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _dfe.GetJsonAsync("/v1/reference/pupil-headcounts/2019-20")).Status);
    }
}
