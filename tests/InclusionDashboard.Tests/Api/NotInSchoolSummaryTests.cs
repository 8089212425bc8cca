using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.InclusionDashboard.Data;
using SendPlatform.TestKit;

namespace SendPlatform.InclusionDashboard.Tests.Api;

/// <summary>Children not in school at a period's end, from PupilMoved's StatusAfter, kept under a keyed hash of the UPN.</summary>
public sealed class NotInSchoolSummaryTests(DashboardService service) : IClassFixture<DashboardService>
{
    private static readonly DateTimeOffset Recorded = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private static PupilMoved Moved(string upn, string type, string date, string status, string la = "873", int minute = 0) =>
        new(Guid.NewGuid(), upn, type, DateOnly.Parse(date), null, null, null, la, "N") { StatusAfter = status, OccurredAt = Recorded.AddMinutes(minute) };

    private async Task<Dictionary<string, string>> NotInSchoolAsync(TestOrganisation caller, string period, string la = "873")
    {
        var (status, body) = await service.Factory.RestAs(caller).GetJsonAsync($"/v1/dashboard/local-authorities/{la}?period={period}");
        Assert.Equal(HttpStatusCode.OK, status);
        return body.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "children_not_in_school")
            .GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("values")[0].GetString()!);
    }

    [Fact]
    public async Task Each_child_counts_once_by_their_status_on_the_periods_last_day_in_any_order_and_no_UPN_is_kept()
    {
        const string home = "A873200001001", missing = "B873200001002", elsewhere = "C202200001003";
        var ehe = Moved(home, "Ehe", "2026-10-05", "Ehe");
        // The later return to school arrives first; the EHE twice (a redelivery).
        await service.PublishAsync(Moved(home, "Admission", "2026-11-02", "OnRoll"));
        await service.PublishAsync(ehe);
        await service.PublishAsync(ehe with { });
        await service.PublishAsync(Moved(home, "Admission", "2026-09-01", "OnRoll"));
        await service.PublishAsync(Moved(missing, "MissingEducation", "2026-10-20", "MissingEducation"));
        await service.PublishAsync(Moved(elsewhere, "Eotas", "2026-10-01", "Eotas", la: "202"));

        var october = await Eventually.Get(() => NotInSchoolAsync(TestOrganisation.La("873"), "2026-10"),
            r => r["all_not_in_school"] == "2", "two children not in school at the end of October", TimeSpan.FromSeconds(30));
        Assert.Equal(("1", "1", "0"), (october["elective_home_education"], october["missing_education"], october["eotas"]));
        var november = await Eventually.Get(() => NotInSchoolAsync(TestOrganisation.La("873"), "2026-11"),
            r => r["elective_home_education"] == "0", "the return to school counted", TimeSpan.FromSeconds(30));
        Assert.Equal(("0", "1", "1"), (november["elective_home_education"], november["missing_education"], november["all_not_in_school"]));
        // Another LA sees Cambridgeshire's small counts withheld.
        Assert.Equal("c", (await NotInSchoolAsync(TestOrganisation.La("202"), "2026-10"))["missing_education"]);

        await using var scope = service.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DashboardDbContext>();
        var keys = await db.PupilStatusPoints.Select(p => p.PupilKey).Distinct().ToListAsync();
        Assert.Equal(3, keys.Count);
        Assert.All(keys, k => Assert.Matches("^[0-9a-f]{64}$", k));
        Assert.DoesNotContain(keys, k => k.Contains("873200001001", StringComparison.Ordinal));
    }
}
