using System.Net;
using System.Text.Json;
using SendPlatform.TestKit;

namespace SendPlatform.ApCommissioning.Tests.Api;

/// <summary>
/// A commission spanning a mid-year framework correction: 2028-29 (365 days) at £10,000 an AP place and £8,000 band B1
/// top-up, corrected from 1 October 2028 to £11,000 and £9,000. Each day is priced by the version in force that day.
/// </summary>
public sealed class CorrectionPricingTests(ApWithFundingService service) : IClassFixture<ApWithFundingService>
{
    private const string Corrected = """
        {"bands":[{"code":"B1","name":"Band 1","ordinal":1}],
         "tariffs":[{"bandCode":"B1","provisionType":"AP","annualTopUpPence":"900000"}],
         "placeFunding":[{"provisionType":"AP","perPlacePence":"1100000"}]}
        """;

    [Fact]
    public async Task A_commission_across_a_correction_is_committed_at_each_versions_price_for_its_days_and_so_is_the_budget()
    {
        await service.PublishFrameworkAsync("2028-29", ApWithFundingService.Framework, "correction-2028-29-v1");
        var v2 = await service.PublishFrameworkAsync("2028-29", Corrected, "correction-2028-29-v2", effectiveFrom: "2028-10-01");
        var la = service.Factory.RestAs(TestOrganisation.La("209"));
        Assert.Equal(HttpStatusCode.OK, (await la.SetBudgetAsync("209", 50_000_00)).Status);
        var provider = await la.ProviderAsync("150209", "209");

        // 2 places, 1 September 2028 to 31 March 2029: 30 days under the first version, 182 under the correction.
        // Place funding: £10,000 × 2 × 30/365 = £1,643.84 and £11,000 × 2 × 182/365 = £10,969.86: £12,613.70.
        // Top-up a place: £8,000 × 30/365 = £657.53 and £9,000 × 182/365 = £4,487.67; for 2 places £10,290.40.
        var (status, commission) = await la.PostJsonAsync("/v1/ap/commissions",
            CommissioningCalls.Commission(provider, 2, "209").With("period", new { start = "2028-09-01", end = "2029-03-31" }));
        Assert.Equal(HttpStatusCode.OK, status);
        var line = commission.GetProperty("costs").EnumerateArray().Single();
        Assert.Equal((212, 12_613_70L, 10_290_40L, v2), (line.GetProperty("days").GetInt32(), line.GetProperty("placeFundingPence").Pence(),
            line.GetProperty("topUpPence").Pence(), line.GetProperty("frameworkId").GetString()));
        Assert.Equal(22_904_10, commission.GetProperty("totalPence").Pence());

        var (_, budget) = await la.GetJsonAsync("/v1/local-authorities/209/ap/budget");
        Assert.Equal((22_904_10, 27_095_90), (budget.Line("2028-29", "AP_TIER_TIME_LIMITED", "committedPence"),
            budget.Line("2028-29", "AP_TIER_TIME_LIMITED", "remainingPence")));
    }
}
