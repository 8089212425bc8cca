using System.Net;
using System.Text.Json;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.TestKit;

namespace SendPlatform.InclusionDashboard.Tests.Api;

/// <summary>A setting's own view: what is counted at it, in full to itself and DfE, withheld for every other partner, its LA included.</summary>
public sealed class SettingSummaryTests(DashboardService service) : IClassFixture<DashboardService>
{
    private const string School = "100731";
    private const string Provider = "140731";
    private static readonly DateOnly Day = new(2026, 10, 5);

    private static PupilMoved Moved(string type, string? from, string? to, string sen = "K") =>
        new(Guid.NewGuid(), "H801200001001", type, Day, from, to, null, "886", sen);

    private async Task<JsonElement> SummaryAsync(TestOrganisation caller, string urn, string period = "2026-27")
    {
        var (status, body) = await service.Factory.RestAs(caller).GetJsonAsync($"/v1/dashboard/settings/{urn}?period={period}");
        Assert.Equal(HttpStatusCode.OK, status);
        return body;
    }

    private static string Row(JsonElement summary, string table, string row)
    {
        var found = summary.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("id").GetString() == table)
            .GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("id").GetString() == row);
        return string.Join(" ", [.. found.GetProperty("values").EnumerateArray().Select(v => v.GetString()!), found.GetProperty("total").GetString()!]);
    }

    [Fact]
    public async Task A_setting_sees_its_own_figures_in_full_and_everyone_but_DfE_sees_them_withheld()
    {
        // Six admissions to the school (two with an EHC plan), a managed move out of it to another school, and one
        // deletion elsewhere that does not name it. A movement naming the school as both from and to counts once.
        for (var i = 0; i < 6; i++) await service.PublishAsync(Moved("Admission", null, School, i < 2 ? "E" : "K"));
        await service.PublishAsync(Moved("ManagedMove", School, "100732"));
        await service.PublishAsync(Moved("Suspension", School, School));
        await service.PublishAsync(Moved("Deletion", "100733", null));
        // Three placements start at the AP provider, one commissioned by another LA; their outcomes are the provider's too.
        foreach (var la in new[] { "886", "886", "931" })
        {
            await service.PublishAsync(new ApPlacementStarted(Guid.NewGuid(), "H801200001001", la, "TimeLimited", Provider, School, Day, Day.AddDays(60),
                new DateOnly(2013, 1, 1), "K", "SEMH"));
            await service.PublishAsync(new ApOutcomesAssessed(Guid.NewGuid(), la, "TimeLimited", Provider,
                [new ApYearOutcomes("2026-27", null, true, null, la == "931", null)], DateTimeOffset.UtcNow));
        }

        var own = await Eventually.Get(() => SummaryAsync(TestOrganisation.School(School), School),
            s => Row(s, "movements_by_sen_provision", "admissions") == "2 4 0 6" && Row(s, "movements_by_sen_provision", "suspensions") == "0 1 0 1",
            "the school's movements", TimeSpan.FromSeconds(30));
        Assert.Equal(("School", School, false), (own.GetProperty("geographicLevel").GetString(), own.GetProperty("areaCode").GetString(), own.GetProperty("suppressed").GetBoolean()));
        Assert.Equal("0 1 0 1", Row(own, "movements_by_sen_provision", "managed_moves"));
        Assert.Equal("0 0 0 0", Row(own, "movements_by_sen_provision", "deletions"));
        Assert.Equal(["movements_by_sen_provision", "deletions_by_ground", "movements_by_primary_need", "ap_placements_by_tier",
            "ap_placements_ended_by_outcome", "ap_outcomes"], own.GetProperty("tables").EnumerateArray().Select(t => t.GetProperty("id").GetString()));

        var provider = await Eventually.Get(() => SummaryAsync(new TestOrganisation("ap_provider", Provider), Provider),
            s => Row(s, "ap_placements_by_tier", "started") == "0 3 0 3" && Row(s, "ap_outcomes", "improved_attendance") == "3 0 100.0 3",
            "the provider's placements and outcomes", TimeSpan.FromSeconds(30));
        Assert.Equal("1 2 33.3 3", Row(provider, "ap_outcomes", "attainment_english_and_maths"));

        var dfe = await SummaryAsync(TestOrganisation.Dfe, School);
        Assert.Equal("2 4 0 6", Row(dfe, "movements_by_sen_provision", "admissions"));
        foreach (var outsider in new[] { TestOrganisation.La("886"), TestOrganisation.School("100732"), new TestOrganisation("ap_provider", Provider) })
        {
            var seen = await SummaryAsync(outsider, School);
            Assert.True(seen.GetProperty("suppressed").GetBoolean());
            Assert.Equal("c c 0 6", Row(seen, "movements_by_sen_provision", "admissions"));
        }
        Assert.Equal("0 c 0 c", Row(await SummaryAsync(TestOrganisation.La("886"), Provider), "ap_placements_by_tier", "started"));
    }

    [Fact]
    public async Task A_malformed_URN_and_period_are_refused_together()
    {
        var (status, error) = await service.Factory.RestAs(TestOrganisation.Dfe).GetJsonAsync("/v1/dashboard/settings/0123?period=2026-13");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["urn", "period"], error.ViolatedFields());
    }

    [Fact]
    public async Task A_movement_naming_a_setting_by_something_that_is_not_a_URN_is_parked_as_poison_not_counted()
    {
        await service.PublishAsync(Moved("Admission", null, "10073"));
        await using var connection = await new RabbitMQ.Client.ConnectionFactory { Uri = new Uri(service.MessagingConnectionString) }.CreateConnectionAsync();
        var errors = new SendPlatform.ServiceDefaults.Messaging.Redelivery.ErrorQueue(connection, "inclusion-dashboard-pupil-moved");
        Assert.Equal(1u, await Eventually.Get(() => errors.CountAsync(), n => n == 1, "the event parked", TimeSpan.FromSeconds(30)));
        Assert.Equal(typeof(InvalidOperationException).FullName, Assert.Single(await errors.ListAsync(10)).ExceptionType);
    }
}
