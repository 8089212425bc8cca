using System.Net;
using System.Text.Json;
using SendPlatform.TestKit;

namespace SendPlatform.ApCommissioning.Tests.Api;

/// <summary>
/// DfE publishes a second 2028-29 framework: AP place funding £11,000 (was £10,000), band B1 AP top-up £9,000 (was
/// £8,000). funding-bands' TariffScheduleChanged reaches ap-commissioning on the real broker, which reprices through
/// funding-bands with its own service token.
/// </summary>
public sealed class RepricingTests(ApWithFundingService service) : IClassFixture<ApWithFundingService>
{
    private const string Raised = """
        {"bands":[{"code":"B1","name":"Band 1","ordinal":1}],
         "tariffs":[{"bandCode":"B1","provisionType":"AP","annualTopUpPence":"900000"}],
         "placeFunding":[{"provisionType":"AP","perPlacePence":"1100000"}]}
        """;

    private static JsonElement Line(JsonElement commission, string year) =>
        commission.GetProperty("costs").EnumerateArray().Single(c => c.GetProperty("financialYear").GetString() == year);

    private static string RepricedFor(JsonElement commission) => commission.GetProperty("repricedForFrameworkId").GetString()!;

    private static object Period(string start, string end) => new { start, end };

    [Fact]
    public async Task A_new_framework_reprices_commissions_not_yet_started_and_leaves_started_ones_as_committed()
    {
        await using var commitments = await BrokerObserver.StartAsync<SendPlatform.Contracts.IntegrationEvents.ApCommitmentsChanged>(service.MessagingConnectionString);
        var v1 = await service.PublishFrameworkAsync("2028-29", ApWithFundingService.Framework, "reprice-2028-29-v1");
        var la = service.Factory.RestAs(TestOrganisation.La("208"));
        Assert.Equal(HttpStatusCode.OK, (await la.SetBudgetAsync("208", 50_000_00)).Status);
        var provider = await la.ProviderAsync("150208", "208");

        // Not started: 2 places, 1 September 2028 to 31 March 2029, 212 of 2028-29's 365 days.
        // £10,000 × 2 × 212/365 = £11,616.44 place funding; £8,000 × 212/365 = £4,646.58 top-up a place, × 2 = £9,293.16.
        var (status, future) = await la.PostJsonAsync("/v1/ap/commissions",
            CommissioningCalls.Commission(provider, 2, "208").With("period", Period("2028-09-01", "2029-03-31")));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((11_616_44, 9_293_16, v1), (Line(future, "2028-29").GetProperty("placeFundingPence").Pence(),
            Line(future, "2028-29").GetProperty("topUpPence").Pence(), Line(future, "2028-29").GetProperty("frameworkId").GetString()));
        // Started (1 November 2026, before today): 1 place, into 2028-29 for 91 days (1 April to 30 June 2028).
        // £10,000 × 91/365 = £2,493.15; £8,000 × 91/365 = £1,994.52.
        (status, var started) = await la.PostJsonAsync("/v1/ap/commissions",
            CommissioningCalls.Commission(provider, 1, "208").With("period", Period("2026-11-01", "2028-06-30")));
        Assert.Equal(HttpStatusCode.OK, status);

        var v2 = await service.PublishFrameworkAsync("2028-29", Raised, "reprice-2028-29-v2");
        Assert.NotEqual(v1, v2);
        var list = await Eventually.Get(async () => (await la.GetJsonAsync("/v1/local-authorities/208/ap/commissions")).Body,
            body => body.GetProperty("commissions").EnumerateArray().Any(c => RepricedFor(c) == v2),
            "the not-yet-started commission to be repriced");
        var commissions = list.GetProperty("commissions").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!);

        // £11,000 × 2 × 212/365 = £12,778.08; £9,000 × 212/365 = £5,227.40 a place, × 2 = £10,454.80.
        var repriced = commissions[future.GetProperty("id").GetString()!];
        var line = Line(repriced, "2028-29");
        Assert.Equal((12_778_08, 10_454_80, v2), (line.GetProperty("placeFundingPence").Pence(), line.GetProperty("topUpPence").Pence(), line.GetProperty("frameworkId").GetString()));
        Assert.Equal(23_232_88, repriced.GetProperty("totalPence").Pence());
        Assert.True(repriced.TryGetProperty("repricedAt", out _));

        var kept = commissions[started.GetProperty("id").GetString()!];
        Assert.Equal(started.GetProperty("costs").ToString(), kept.GetProperty("costs").ToString());
        Assert.Equal("", RepricedFor(kept));
        Assert.False(kept.TryGetProperty("repricedAt", out _));
        Assert.Equal((2_493_15, 1_994_52, v1), (Line(kept, "2028-29").GetProperty("placeFundingPence").Pence(),
            Line(kept, "2028-29").GetProperty("topUpPence").Pence(), Line(kept, "2028-29").GetProperty("frameworkId").GetString()));

        // The budget commits the new price: £23,232.88 + £4,487.67 of 2028-29's £50,000.
        var (_, budget) = await la.GetJsonAsync("/v1/local-authorities/208/ap/budget");
        Assert.Equal((27_720_55, 22_279_45), (budget.Line("2028-29", "AP_TIER_TIME_LIMITED", "committedPence"), budget.Line("2028-29", "AP_TIER_TIME_LIMITED", "remainingPence")));
        // ... and announces it: the latest ApCommitmentsChanged for the LA carries the repriced 2028-29 commitment.
        var latest = await Eventually.Get(() => Task.FromResult(commitments.Received.Where(r => r.Message.GetProperty("laCode").GetString() == "208")
                .Select(r => r.Message).OrderBy(m => m.GetProperty("asOf").GetDateTimeOffset()).LastOrDefault()),
            m => m.ValueKind == JsonValueKind.Object && m.GetProperty("committed").EnumerateArray().Any(c => c.GetProperty("financialYear").GetString() == "2028-29"
                && c.GetProperty("amount").ToString() == "27720.55"),
            "the repriced commitment announced");
        Assert.Equal(3, commitments.Received.Count(r => r.Message.GetProperty("laCode").GetString() == "208"));
    }
}
