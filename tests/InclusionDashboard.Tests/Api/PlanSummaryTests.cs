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

    [Fact]
    public async Task A_drafts_blocking_findings_are_its_LAs_and_DfEs_to_see_and_an_older_event_without_them_counts_none()
    {
        var draft = Guid.NewGuid();
        await service.PublishAsync(new InclusionPlanStatusChanged(draft, "341", "Draft", [], At.AddDays(1))
            { BlockingFindings = ["SufficiencyShortfall", "SufficiencyShortfall", "ApTierWithoutPlaces"] });
        await service.PublishAsync(new InclusionPlanStatusChanged(draft, "341", "Draft", [], At));
        await service.PublishAsync(new InclusionPlanStatusChanged(Guid.NewGuid(), "340", "NeedsReview", [], At) { BlockingFindings = ["StandardsSuperseded"] });

        async Task<Dictionary<string, string>> FindingsAsync(TestOrganisation caller, string path)
        {
            var (status, body) = await service.Factory.RestAs(caller).GetJsonAsync(path);
            Assert.Equal(HttpStatusCode.OK, status);
            return body.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "plan_blocking_findings").GetProperty("rows")
                .EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!, r => string.Join(" ", r.GetProperty("values").EnumerateArray().Select(v => v.GetString())));
        }

        const string region = "/v1/dashboard/regions/E12000002?period=2026-27";
        var national = await Eventually.Get(() => FindingsAsync(TestOrganisation.Dfe, region),
            r => r["sufficiency_shortfall"] == "2 1" && r["standards_superseded"] == "1 1", "the draft's and the plan's findings", TimeSpan.FromSeconds(30));
        Assert.Equal("1 1", national["ap_tier_without_places"]);
        Assert.Equal("2 1", (await FindingsAsync(TestOrganisation.La("341"), "/v1/dashboard/local-authorities/341?period=2026-27"))["sufficiency_shortfall"]);

        // Another LA, and an LA for its region, see only the public plan's.
        var other = await FindingsAsync(TestOrganisation.La("340"), "/v1/dashboard/local-authorities/341?period=2026-27");
        Assert.Equal("0 0", other["sufficiency_shortfall"]);
        var regional = await FindingsAsync(TestOrganisation.La("341"), region);
        Assert.Equal(("0 0", "1 1"), (regional["sufficiency_shortfall"], regional["standards_superseded"]));
    }
}
