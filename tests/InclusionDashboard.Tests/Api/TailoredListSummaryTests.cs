using System.Net;
using System.Text.Json;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.TestKit;

namespace SendPlatform.InclusionDashboard.Tests.Api;

/// <summary>
/// Tailored lists from TailoredListDrawn (alone or in TailoredListsDrawn) on the real broker: counted once each, in full for
/// the LA, withheld for others.
/// </summary>
public sealed class TailoredListSummaryTests(DashboardService service) : IClassFixture<DashboardService>
{
    private async Task<JsonElement> RowAsync(TestOrganisation caller, string path)
    {
        var (status, body) = await service.Factory.RestAs(caller).GetJsonAsync(path);
        Assert.Equal(HttpStatusCode.OK, status);
        return body.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "tailored_lists").GetProperty("rows")[0];
    }

    private static string[] Values(JsonElement row) => [.. row.GetProperty("values").EnumerateArray().Select(v => v.GetString()!), row.GetProperty("total").GetString()!];

    [Fact]
    public async Task Lists_are_counted_once_each_by_first_suggestion_and_another_LA_sees_them_withheld()
    {
        var day = new DateOnly(2026, 10, 14);
        TailoredListDrawn Drawn(string? first) => new(Guid.NewGuid(), "931", day, first is null ? 0 : 3, first);
        var redelivered = Drawn("MAINSTREAM");
        await service.PublishAsync(redelivered);
        await service.PublishAsync(redelivered);
        // Lists the outbox claimed together arrive as one chunk; a list in it that also came alone counts once.
        await service.PublishAsync(new TailoredListsDrawn([.. Enumerable.Range(0, 6).Select(_ => Drawn("MAINSTREAM")), redelivered]));
        foreach (var first in Enumerable.Repeat<string?>("STATE_SPECIAL", 2).Append(null))
            await service.PublishAsync(Drawn(first));

        const string path = "/v1/dashboard/local-authorities/931?period=2026-10";
        var own = await Eventually.Get(() => RowAsync(TestOrganisation.La("931"), path), r => r.GetProperty("total").GetString() == "10",
            "the lists counted", TimeSpan.FromSeconds(30));
        Assert.Equal(["7", "2", "1", "70.0", "10"], Values(own));
        var other = Values(await RowAsync(TestOrganisation.La("202"), path));
        Assert.Equal("c", other[1]);
        Assert.Equal("c", other[2]);
    }
}
