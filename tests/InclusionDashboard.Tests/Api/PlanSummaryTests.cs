using System.Net;
using System.Text.Json;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.TestKit;

namespace SendPlatform.InclusionDashboard.Tests.Api;

/// <summary>Inclusion plans from InclusionPlanStatusChanged on the real broker: the latest state of each plan, in any order.</summary>
public sealed class PlanSummaryTests(DashboardService service) : IClassFixture<DashboardService>
{
    private static readonly DateTimeOffset At = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);

    private async Task<JsonElement> TableAsync(string path, string table)
    {
        var (status, body) = await service.Factory.RestAs(TestOrganisation.School("100000")).GetJsonAsync(path);
        Assert.Equal(HttpStatusCode.OK, status);
        return body.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("id").GetString() == table);
    }

    private static Dictionary<string, string[]> Rows(JsonElement table) =>
        table.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("values").EnumerateArray().Select(v => v.GetString()!).ToArray());

    [Fact]
    public async Task A_plans_latest_state_counts_whatever_order_its_changes_arrive_in_and_a_draft_adds_no_sufficiency()
    {
        var first = Guid.NewGuid();
        PlannedSufficiency[] lines = [new("ASD", "MAINSTREAM", "2026-27", 50, 44)];
        // Published, then superseded by a second plan: the supersession arrives before the publication.
        await service.PublishAsync(new InclusionPlanStatusChanged(first, "886", "Superseded", lines, At.AddDays(2)));
        await service.PublishAsync(new InclusionPlanStatusChanged(first, "886", "Published", lines, At));
        await service.PublishAsync(new InclusionPlanStatusChanged(Guid.NewGuid(), "886", "Published", [new("ASD", "MAINSTREAM", "2026-27", 50, 48)], At.AddDays(2)));
        await service.PublishAsync(new InclusionPlanStatusChanged(Guid.NewGuid(), "887", "Draft", [new("ASD", "MAINSTREAM", "2026-27", 500, 0)], At));

        const string region = "/v1/dashboard/regions/E12000008?period=2026-27";
        // Events are consumed concurrently: wait for the final state, then check an older change never replaces a newer.
        await Eventually.Get(async () => Rows(await TableAsync(region, "place_sufficiency")), r => r.TryGetValue("asd", out var asd) && asd.SequenceEqual(["50", "48", "2"]),
            "the second plan's sufficiency alone", TimeSpan.FromSeconds(30));
        var statuses = await Eventually.Get(async () => Rows(await TableAsync(region, "inclusion_plans")),
            r => r["published"][0] == "1" && r["draft"][0] == "1", "both LAs' plans kept", TimeSpan.FromSeconds(30));
        Assert.Equal(["17"], statuses["none"]);
        await Task.Delay(1000);
        Assert.Equal(["50", "48", "2"], Rows(await TableAsync(region, "place_sufficiency"))["asd"]);
        Assert.Equal(["0"], Rows(await TableAsync("/v1/dashboard/local-authorities/886?period=2026-27", "inclusion_plans"))["none"]);
    }
}
