using System.Net;
using System.Text.Json;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.TestKit;

namespace SendPlatform.InclusionDashboard.Tests.Api;

/// <summary>AP budgets and the funding framework in force, from ApBudgetSet and TariffScheduleChanged on the real broker.</summary>
public sealed class BudgetAndFrameworkTests(DashboardService service) : IClassFixture<DashboardService>
{
    private static readonly DateTimeOffset Earlier = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private async Task<JsonElement> TableAsync(TestOrganisation caller, string path, string table)
    {
        var (status, body) = await service.Factory.RestAs(caller).GetJsonAsync(path);
        Assert.Equal(HttpStatusCode.OK, status);
        return body.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("id").GetString() == table);
    }

    private static string[] Values(JsonElement table, string row) =>
        [.. table.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("id").GetString() == row).GetProperty("values").EnumerateArray().Select(v => v.GetString()!)];

    private static ApBudgetSet Budget(string la, decimal targeted, DateTimeOffset setAt) =>
        new(la, "2026-27", [new("2026-27", "TargetedSupport", targeted), new("2026-27", "TimeLimited", 0m), new("2026-27", "Transitional", 0m)], setAt);

    [Fact]
    public async Task The_last_budget_set_wins_whatever_order_it_arrives_in_regions_add_up_and_everyone_sees_it_in_full()
    {
        // The later setting arrives first; the earlier one must not overwrite it.
        await service.PublishAsync(Budget("931", 200_000m, Earlier.AddDays(1)));
        await service.PublishAsync(Budget("931", 100_000m, Earlier));
        await service.PublishAsync(Budget("825", 50_000m, Earlier));

        // Events are consumed concurrently: wait for all three, then check the earlier setting never replaces the later.
        await Eventually.Get(() => TableAsync(TestOrganisation.Dfe, "/v1/dashboard/regions/E12000008?period=2026-11", "ap_budget"),
            t => Values(t, "2026_27").SequenceEqual(["250000.00", "0.00", "0.00", "2"]), "both LAs' budgets kept, 931's latest", TimeSpan.FromSeconds(30));
        await Task.Delay(1000);
        Assert.Equal(["250000.00", "0.00", "0.00", "2"], Values(await TableAsync(TestOrganisation.Dfe, "/v1/dashboard/regions/E12000008?period=2026-11", "ap_budget"), "2026_27"));
        var school = await TableAsync(TestOrganisation.School("100000"), "/v1/dashboard/local-authorities/931?period=2026-11", "ap_budget");
        Assert.Equal(["200000.00", "0.00", "0.00", "1"], Values(school, "2026_27"));
    }

    [Fact]
    public async Task Commitments_are_the_LAs_latest_position_whatever_order_positions_arrive_in()
    {
        var later = new ApCommitmentsChanged("340", [new("2026-27", "TimeLimited", 30_000.25m), new("2027-28", "TimeLimited", 5_000m)], Earlier.AddHours(2));
        var earlier = new ApCommitmentsChanged("340", [new("2026-27", "TimeLimited", 10_000m), new("2026-27", "Transitional", 7_000m)], Earlier);
        await service.PublishAsync(later);
        await service.PublishAsync(earlier);
        await service.PublishAsync(new ApCommitmentsChanged("341", [new("2026-27", "TargetedSupport", 1_000m)], Earlier));

        var region = await Eventually.Get(() => TableAsync(TestOrganisation.Dfe, "/v1/dashboard/regions/E12000002?period=2026-27", "ap_budget_committed"),
            t => Values(t, "2026_27").SequenceEqual(["1000.00", "30000.25", "0.00", "2"]), "both LAs' commitments kept, 340's latest", TimeSpan.FromSeconds(30));
        Assert.Equal(["0.00", "5000.00", "0.00", "1"], Values(region, "2027_28"));
        // The earlier position (with its Transitional line) never replaces the later one, even arriving after it.
        await Task.Delay(1000);
        var la = await TableAsync(TestOrganisation.La("202"), "/v1/dashboard/local-authorities/340?period=2026-11", "ap_budget_committed");
        Assert.Equal(["0.00", "30000.25", "0.00", "1"], Values(la, "2026_27"));
    }

    [Fact]
    public async Task The_framework_in_force_follows_each_versions_effective_day()
    {
        await service.PublishAsync(new TariffScheduleChanged("2025-26.v2", "2025-26", 2, new DateOnly(2025, 11, 1), "2025-26.v1", Earlier));
        var first = new TariffScheduleChanged("2025-26.v1", "2025-26", 1, new DateOnly(2025, 4, 1), null, Earlier.AddYears(-1));
        await service.PublishAsync(first);
        await service.PublishAsync(first with { EventId = Guid.NewGuid() });

        var october = await Eventually.Get(() => TableAsync(TestOrganisation.La("202"), "/v1/dashboard/national?period=2025-10", "funding_framework"),
            t => Values(t, "2025_26")[0] != "x", "the first version kept", TimeSpan.FromSeconds(30));
        Assert.Equal(["2025-26.v1", "1", "2025-04-01"], Values(october, "2025_26"));
        var november = await Eventually.Get(() => TableAsync(TestOrganisation.La("202"), "/v1/dashboard/local-authorities/202?period=2025-11", "funding_framework"),
            t => Values(t, "2025_26")[0] == "2025-26.v2", "the second version in force from November", TimeSpan.FromSeconds(30));
        Assert.Equal(["2025-26.v2", "2", "2025-11-01"], Values(november, "2025_26"));
    }
}
