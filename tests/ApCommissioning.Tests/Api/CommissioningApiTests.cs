using System.Net;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.TestKit;

namespace SendPlatform.ApCommissioning.Tests.Api;

public sealed class CommissioningApiTests(ApWithFundingService service) : IClassFixture<ApWithFundingService>
{
    [Fact]
    public async Task A_commission_is_priced_by_funding_bands_and_committed_against_the_budget_with_an_override_beyond_it()
    {
        var la = service.Factory.RestAs(TestOrganisation.La("931"));
        Assert.Equal(HttpStatusCode.OK, (await la.SetBudgetAsync("931", 120_000_00)).Status);
        var provider = await la.ProviderAsync("150001");

        // 10 places, 1 September 2026 to 31 March 2027: 212 of 2026-27's 365 days.
        // Place funding £10,000 × 10 × 212/365 = £58,082.19; top-up £8,000 × 212/365 = £4,646.58 a place, × 10 = £46,465.80.
        var (status, commission) = await la.PostJsonAsync("/v1/ap/commissions", CommissioningCalls.Commission(provider, 10));
        Assert.Equal(HttpStatusCode.OK, status);
        var cost = Assert.Single(commission.GetProperty("costs").EnumerateArray());
        Assert.Equal(("2026-27", 212), (cost.GetProperty("financialYear").GetString(), cost.GetProperty("days").GetInt32()));
        Assert.Equal((58_082_19, 46_465_80), (cost.GetProperty("placeFundingPence").Pence(), cost.GetProperty("topUpPence").Pence()));
        Assert.Equal(104_547_99, commission.GetProperty("totalPence").Pence());

        var (_, budget) = await la.GetJsonAsync("/v1/local-authorities/931/ap/budget");
        Assert.Equal((120_000_00, 104_547_99, 15_452_01),
            (budget.Line("2026-27", "AP_TIER_TIME_LIMITED", "budgetPence"), budget.Line("2026-27", "AP_TIER_TIME_LIMITED", "committedPence"),
             budget.Line("2026-27", "AP_TIER_TIME_LIMITED", "remainingPence")));

        // 2 more places cost £11,616.44 + £9,293.16 = £20,909.60, more than the £15,452.01 left.
        (status, var refused) = await la.PostJsonAsync("/v1/ap/commissions", CommissioningCalls.Commission(provider, 2));
        Assert.Equal(HttpStatusCode.PreconditionFailed, status);
        Assert.Equal(["budget.2026-27.TimeLimited"], refused.PreconditionSubjects());
        (status, var overridden) = await la.PostJsonAsync("/v1/ap/commissions",
            CommissioningCalls.Commission(provider, 2).With("overrideReason", "Two exclusions in October; virement agreed by schools forum"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Two exclusions in October; virement agreed by schools forum", overridden.GetProperty("overrideReason").GetString());
        (_, budget) = await la.GetJsonAsync("/v1/local-authorities/931/ap/budget");
        Assert.Equal(-5_457_59, budget.Line("2026-27", "AP_TIER_TIME_LIMITED", "remainingPence"));

        // The budget cannot now be set below what is committed.
        (status, var below) = await la.SetBudgetAsync("931", 100_000_00);
        Assert.Equal(HttpStatusCode.PreconditionFailed, status);
        Assert.Equal(["years.2026-27.TimeLimited"], below.PreconditionSubjects());
        var (_, list) = await la.GetJsonAsync("/v1/local-authorities/931/ap/commissions");
        Assert.Equal([2, 10], list.GetProperty("commissions").EnumerateArray().Select(c => c.GetProperty("places").GetInt32()));
    }

    [Fact]
    public async Task Setting_the_budget_announces_it_and_a_repeated_commission_commits_once()
    {
        var la = service.Factory.RestAs(TestOrganisation.La("202"));
        await using var observer = await BrokerObserver.StartAsync<ApBudgetSet>(service.MessagingConnectionString);
        await using var commitments = await BrokerObserver.StartAsync<ApCommitmentsChanged>(service.MessagingConnectionString);
        Assert.Equal(HttpStatusCode.OK, (await la.SetBudgetAsync("202", 500_000_00)).Status);
        await Eventually.Get(() => Task.FromResult(observer.Received.Count(r => r.Message.GetProperty("laCode").GetString() == "202")), n => n >= 1, "ApBudgetSet");
        var announced = observer.Received.Single(r => r.Message.GetProperty("laCode").GetString() == "202").Message;
        Assert.Equal(9, announced.GetProperty("amounts").GetArrayLength());

        var provider = await la.ProviderAsync("150002", "202");
        var request = CommissioningCalls.Commission(provider, 3, laCode: "202").With("idempotencyKey", "c-1");
        var (_, first) = await la.PostJsonAsync("/v1/ap/commissions", request);
        var (status, repeat) = await la.PostJsonAsync("/v1/ap/commissions", request);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(first.GetProperty("id").GetString(), repeat.GetProperty("id").GetString());
        var (_, budget) = await la.GetJsonAsync("/v1/local-authorities/202/ap/budget");
        Assert.Equal(first.GetProperty("totalPence").Pence(), budget.Line("2026-27", "AP_TIER_TIME_LIMITED", "committedPence"));

        // The commitment is announced once, as the LA's whole position in pounds (for the dashboard).
        await Eventually.Get(() => Task.FromResult(commitments.Received.Count(r => r.Message.GetProperty("laCode").GetString() == "202")), n => n >= 1, "ApCommitmentsChanged");
        await Task.Delay(500);
        var committed = Assert.Single(commitments.Received, r => r.Message.GetProperty("laCode").GetString() == "202").Message.GetProperty("committed");
        var line = Assert.Single(committed.EnumerateArray());
        Assert.Equal(("2026-27", "TimeLimited", first.GetProperty("totalPence").Pence() / 100m),
            (line.GetProperty("financialYear").GetString(), line.GetProperty("tier").GetString(), decimal.Parse(line.GetProperty("amount").ToString(), System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task A_provider_takes_only_the_tiers_it_offers_within_its_capacity_and_from_its_own_LA()
    {
        var la = service.Factory.RestAs(TestOrganisation.La("203"));
        await la.SetBudgetAsync("203", 1_000_000_00);
        var provider = await la.ProviderAsync("150003", "203");
        var (status, error) = await la.PostJsonAsync("/v1/ap/commissions", CommissioningCalls.Commission(provider, 21, laCode: "203").With("tier", "AP_TIER_TARGETED_SUPPORT"));
        Assert.Equal(HttpStatusCode.PreconditionFailed, status);
        Assert.Equal(["tier", "places"], error.PreconditionSubjects());

        var other = await service.Factory.RestAs(TestOrganisation.La("204")).ProviderAsync("150004", "204");
        (status, error) = await la.PostJsonAsync("/v1/ap/commissions", CommissioningCalls.Commission(other, 1, laCode: "203"));
        Assert.Equal(["provider_id"], error.PreconditionSubjects());
        Assert.Equal(HttpStatusCode.NotFound, (await la.PostJsonAsync("/v1/ap/commissions", CommissioningCalls.Commission(Guid.NewGuid().ToString(), 1, laCode: "203"))).Status);
    }

    [Fact]
    public async Task Only_the_LA_sets_reads_and_commits_its_budget_and_bad_requests_are_400()
    {
        var la = service.Factory.RestAs(TestOrganisation.La("205"));
        var other = service.Factory.RestAs(TestOrganisation.La("206"));
        Assert.Equal(HttpStatusCode.Forbidden, (await other.SetBudgetAsync("205", 1)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetJsonAsync("/v1/local-authorities/205/ap/budget")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.Factory.RestAs(TestOrganisation.Dfe).GetJsonAsync("/v1/local-authorities/205/ap/commissions")).Status);
        var provider = await la.ProviderAsync("150005", "205");
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostJsonAsync("/v1/ap/commissions", CommissioningCalls.Commission(provider, 1, laCode: "205"))).Status);

        var (status, error) = await la.SendAsync(HttpMethod.Put, "/v1/local-authorities/205/ap/budget", new
        {
            firstFinancialYear = "2026-27",
            years = new object[]
            {
                new { financialYear = "2026-27", tiers = new object[] { new { tier = "AP_TIER_TIME_LIMITED", amountPence = "-1" } } },
                new { financialYear = "2028-29", tiers = Array.Empty<object>() },
            },
        });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["years[0].tiers[0].amount_pence", "years"], error.ViolatedFields());
        (status, error) = await la.PostJsonAsync("/v1/ap/commissions", CommissioningCalls.Commission(provider, 0, laCode: "205")
            .With("period", new { start = "2026-09-01", end = "2029-09-01" }));
        Assert.Equal(["places", "period.end"], error.ViolatedFields());
        Assert.Equal(0, (await la.GetJsonAsync("/v1/local-authorities/205/ap/commissions")).Body.GetProperty("commissions").GetArrayLength());
    }

    [Fact]
    public async Task A_tier_given_twice_in_a_year_or_a_bad_filter_is_400_and_sets_nothing()
    {
        var la = service.Factory.RestAs(TestOrganisation.La("207"));
        var (status, error) = await la.SendAsync(HttpMethod.Put, "/v1/local-authorities/207/ap/budget", new
        {
            firstFinancialYear = "2026-27",
            years = new object[]
            {
                new { financialYear = "2026-27", tiers = new object[]
                {
                    new { tier = "AP_TIER_TIME_LIMITED", amountPence = "100" }, new { tier = "AP_TIER_TIME_LIMITED", amountPence = "200" },
                } },
                new { financialYear = "2027-28" }, new { financialYear = "2028-29" },
            },
        });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["years[0].tiers[1].tier"], error.ViolatedFields());
        Assert.Equal(0, (await la.GetJsonAsync("/v1/local-authorities/207/ap/budget")).Body.GetProperty("years").GetArrayLength());

        (status, error) = await la.GetJsonAsync("/v1/local-authorities/207/ap/commissions?providerId=not-a-guid&page.page_token=%25%25");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["provider_id", "page.page_token"], error.ViolatedFields());
    }
}
