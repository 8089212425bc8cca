using SendPlatform.SharedKernel.Identifiers;
using SendPlatform.FundingBands.Domain.Pricing;
using SendPlatform.FundingBands.Tests.Builders;
using SendPlatform.SharedKernel.Errors;

namespace SendPlatform.FundingBands.Tests.Domain;

public sealed class HighNeedsEstimatorTests
{
    private static HighNeedsEstimator Estimator(decimal budget = 20_000m) =>
        new("931", new FinancialYear(2026), budget, Frameworks.Years(2026, 2027));

    [Fact]
    public void Placements_are_totalled_by_band_and_provision_type_against_the_budget()
    {
        var estimator = Estimator();
        estimator.Add("p1", "STATE_SPECIAL", "B1", new DateOnly(2026, 4, 1), null, 1m);
        estimator.Add("p2", "STATE_SPECIAL", "B1", new DateOnly(2026, 4, 1), new DateOnly(2027, 3, 31), 0.6m);
        estimator.Add("p3", "MAINSTREAM", "B2", new DateOnly(2026, 4, 1), null, 1m);
        Assert.Equal(3, estimator.Priced);
        Assert.Equal(12_000m + 7_200m + 3_100m, estimator.Forecast);
        Assert.Equal(-2_300m, estimator.Surplus);
        Assert.Equal([("B1", 2, 19_200m), ("B2", 1, 3_100m)], estimator.ByBand.Select(t => (t.Key, t.Placements, t.TopUp)));
        Assert.Equal([("MAINSTREAM", 1, 3_100m), ("STATE_SPECIAL", 2, 19_200m)], estimator.ByProvisionType.Select(t => (t.Key, t.Placements, t.TopUp)));
    }

    [Fact]
    public void Place_funding_and_other_commitments_are_set_against_the_budget_with_the_top_ups()
    {
        // 10 state special and 4 AP places at the default £10,000 each (docs/domain.md), £50,000 of other commitments.
        var frameworks = Frameworks.Years(2026, 2027);
        var commitments = HighNeedsCommitments.FromPlaces([("STATE_SPECIAL", 10), ("AP", 4)], 50_000m, new FinancialYear(2026), frameworks);
        var estimator = new HighNeedsEstimator("931", new FinancialYear(2026), 200_000m, frameworks, commitments);
        estimator.Add("p1", "STATE_SPECIAL", "B1", new DateOnly(2026, 4, 1), null, 1m);
        Assert.Equal((12_000m, 140_000m, 50_000m, 202_000m, -2_000m),
            (estimator.TopUp, estimator.Commitments.PlaceFunding, estimator.Commitments.Other, estimator.Forecast, estimator.Surplus));
        Assert.Equal([("STATE_SPECIAL", 10, 100_000m), ("AP", 4, 40_000m)], commitments.PlaceFundingByProvisionType.Select(t => (t.ProvisionType, t.Places, t.Total)));
        // Without commitments the same top-up would be set against the whole budget: a £188,000 surplus.
        var alone = new HighNeedsEstimator("931", new FinancialYear(2026), 200_000m, frameworks);
        alone.Add("p1", "STATE_SPECIAL", "B1", new DateOnly(2026, 4, 1), null, 1m);
        Assert.Equal(188_000m, alone.Surplus);
    }

    [Fact]
    public void Only_the_days_within_the_year_count()
    {
        var estimator = Estimator();
        // 1 Jan 2026 – 30 Jun 2027 counts only 1 Apr 2026 – 31 Mar 2027 in 2026-27: exactly the annual tariff.
        estimator.Add("p1", "STATE_SPECIAL", "B1", new DateOnly(2026, 1, 1), new DateOnly(2027, 6, 30), 1m);
        Assert.Equal(12_000m, estimator.Forecast);
    }

    [Fact]
    public void A_placement_that_cannot_be_priced_is_reported_and_the_rest_go_on()
    {
        var estimator = Estimator();
        estimator.Add("bad-band", "STATE_SPECIAL", "B9", new DateOnly(2026, 4, 1), null, 1m);
        estimator.Add("unoffered", "INDEPENDENT_SPECIAL", "B1", new DateOnly(2026, 4, 1), null, 1m);
        estimator.Add("outside", "STATE_SPECIAL", "B1", new DateOnly(2025, 4, 1), new DateOnly(2025, 12, 31), 1m);
        estimator.Add("good", "STATE_SPECIAL", "B1", new DateOnly(2026, 4, 1), null, 1m);
        Assert.Equal((1, 3), (estimator.Priced, estimator.Rejected));
        Assert.Equal(["band", "", "start_date"], estimator.Problems.Select(p => p.Field));
        Assert.Equal(12_000m, estimator.Forecast);
    }

    [Fact]
    public void Only_the_first_thousand_problems_are_kept_but_all_are_counted()
    {
        var estimator = Estimator();
        for (var i = 0; i < 1_200; i++) estimator.Reject($"p{i}", "band", "bad");
        Assert.Equal((1_200, 1_000), (estimator.Rejected, estimator.Problems.Count));
    }

    [Fact]
    public void A_year_without_a_published_framework_is_refused_up_front() =>
        Assert.Throws<DomainRuleException>(() => new HighNeedsEstimator("931", new FinancialYear(2030), 0m, Frameworks.Years(2026)));
}
