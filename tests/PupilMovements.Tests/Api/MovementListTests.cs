using System.Net;
using SendPlatform.PupilMovements.Tests.Builders;
using SendPlatform.TestKit;

namespace SendPlatform.PupilMovements.Tests.Api;

/// <summary>The LA's list of movements with its filters, in a database of its own.</summary>
public sealed class MovementListTests(MovementsService service) : IClassFixture<MovementsService>, IAsyncLifetime
{
    private readonly HttpClient _la = service.Factory.RestAs(TestOrganisation.La("931"));

    public async Task InitializeAsync()
    {
        var school = service.Factory.RestAs(TestOrganisation.School("100000"));
        // Runs before each test; the class's database keeps what the first run recorded.
        if ((await _la.GetJsonAsync("/v1/local-authorities/931/movements")).Body.GetProperty("page").GetProperty("totalCount").GetInt32() > 0) return;
        for (var i = 1; i <= 3; i++) await school.RecordAsync(MovementCalls.Movement(Pupils.Upn(serial: 300 + i), "ADMISSION", to: "100000", date: $"2026-09-0{i}"));
        await school.RecordAsync(MovementCalls.Movement(Pupils.Upn(serial: 301), "SUSPENSION", from: "100000", date: "2026-10-05").With("suspensionDays", 2));
        await _la.RecordAsync(MovementCalls.Movement(Pupils.Upn(serial: 310), "EHE", date: "2026-10-10"));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<List<string>> Types(string query)
    {
        var (status, body) = await _la.GetJsonAsync($"/v1/local-authorities/931/movements?{query}");
        Assert.Equal(HttpStatusCode.OK, status);
        return body.TryGetProperty("movements", out var list)
            ? list.EnumerateArray().Select(m => m.GetProperty("movement").GetProperty("type").GetString()!.Replace("MOVEMENT_TYPE_", "")).ToList()
            : [];
    }

    [Fact]
    public async Task Movements_list_newest_first_and_filter_by_period_type_and_setting()
    {
        Assert.Equal(["EHE", "SUSPENSION", "ADMISSION", "ADMISSION", "ADMISSION"], await Types(""));
        Assert.Equal(["SUSPENSION", "ADMISSION", "ADMISSION"], await Types("period.start=2026-09-02&period.end=2026-10-05"));
        Assert.Equal(["SUSPENSION"], await Types("type=MOVEMENT_TYPE_SUSPENSION"));
        Assert.Equal(4, (await Types("urn=100000")).Count);
    }

    [Fact]
    public async Task Pages_follow_each_other_without_gaps_or_repeats()
    {
        var seen = new List<string>();
        var token = "";
        do
        {
            var (_, body) = await _la.GetJsonAsync($"/v1/local-authorities/931/movements?page.page_size=2&page.page_token={token}");
            seen.AddRange(body.GetProperty("movements").EnumerateArray().Select(m => m.GetProperty("movement").GetProperty("id").GetString()!));
            token = body.GetProperty("page").TryGetProperty("nextPageToken", out var next) ? next.GetString() ?? "" : "";
        } while (token != "");
        Assert.Equal(5, seen.Distinct().Count());
    }

    [Fact]
    public async Task Bad_filters_are_400_and_another_LA_403()
    {
        var (status, body) = await _la.GetJsonAsync("/v1/local-authorities/931/movements?period.start=2026-10-01&period.end=2026-09-01&urn=12");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["period.end", "urn"], body.ViolatedFields());
        Assert.Equal(HttpStatusCode.BadRequest, (await _la.GetJsonAsync("/v1/local-authorities/931/movements?type=NOT_A_TYPE")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.Factory.RestAs(TestOrganisation.La("202")).GetJsonAsync("/v1/local-authorities/931/movements")).Status);
    }
}
