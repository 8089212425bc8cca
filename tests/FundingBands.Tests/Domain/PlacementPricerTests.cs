using SendPlatform.SharedKernel.Identifiers;
using SendPlatform.FundingBands.Domain;
using SendPlatform.FundingBands.Domain.Pricing;
using SendPlatform.FundingBands.Tests.Builders;
using SendPlatform.SharedKernel.Errors;

namespace SendPlatform.FundingBands.Tests.Domain;

/// <summary>Worked examples a finance officer can check by hand: tariff × ACA × fraction × days ÷ days in year, per line.</summary>
public sealed class PlacementPricerTests
{
    private static PlacementPrice Price(string start, string? end, PublishedFrameworks frameworks, decimal fraction = 1m,
        string la = "931", string provision = "STATE_SPECIAL", string band = "B1") =>
        PlacementPricer.Price(new PlacementToPrice(la, provision, band, DateOnly.Parse(start), end is null ? null : DateOnly.Parse(end), fraction), frameworks);

    [Fact]
    public void A_placement_across_two_financial_years_is_priced_per_year_with_each_years_days()
    {
        // 1 Jan–31 Mar 2027: £12,000 × 90/365 = £2,958.904… → £2,958.90
        // 1 Apr–30 Jun 2027: £12,000 × 91/366 = £2,983.606… → £2,983.61 (2027-28 holds 29 Feb 2028)
        var price = Price("2027-01-01", "2027-06-30", Frameworks.Years(2026, 2027));
        Assert.Equal([(90, 365, 2_958.90m), (91, 366, 2_983.61m)], price.Lines.Select(l => (l.DaysOccupied, l.DaysInYear, l.TopUp)));
        Assert.Equal(5_942.51m, price.Total);
    }

    [Fact]
    public void A_full_year_holding_29_February_costs_exactly_the_annual_tariff()
    {
        var line = Assert.Single(Price("2027-04-01", "2028-03-31", Frameworks.Years(2027)).Lines);
        Assert.Equal((366, 366, 12_000m), (line.DaysOccupied, line.DaysInYear, line.TopUp));
    }

    [Fact]
    public void An_area_cost_adjustment_of_1_0530_raises_the_tariff_in_that_area_only()
    {
        var frameworks = new PublishedFrameworks([Frameworks.Published(2026, Frameworks.Content(acas: new AreaCostAdjustment("202", 1.0530m)))]);
        Assert.Equal(12_636.00m, Price("2026-04-01", "2027-03-31", frameworks, la: "202").Total);
        Assert.Equal(12_000.00m, Price("2026-04-01", "2027-03-31", frameworks, la: "931").Total);
    }

    [Fact]
    public void A_part_time_placement_of_0_6_pays_six_tenths()
    {
        Assert.Equal(7_200.00m, Price("2026-04-01", "2027-03-31", Frameworks.Years(2026), fraction: 0.6m).Total);
        // ACA and fraction together, over part of a year: £12,000 × 1.0530 × 0.6 × 212/365 = £4,403.5595… → £4,403.56
        var frameworks = new PublishedFrameworks([Frameworks.Published(2026, Frameworks.Content(acas: new AreaCostAdjustment("202", 1.0530m)))]);
        Assert.Equal(4_403.56m, Price("2026-09-01", "2027-03-31", frameworks, fraction: 0.6m, la: "202").Total);
    }

    [Fact]
    public void A_start_on_31_March_puts_one_day_in_each_year()
    {
        // £12,000 / 365 = £32.876… → £32.88; £12,000 / 366 = £32.786… → £32.79
        var price = Price("2027-03-31", "2027-04-01", Frameworks.Years(2026, 2027));
        Assert.Equal([32.88m, 32.79m], price.Lines.Select(l => l.TopUp));
        Assert.Equal(65.67m, price.Total);
    }

    [Fact]
    public void A_one_day_placement_pays_one_days_share()
    {
        var line = Assert.Single(Price("2026-06-15", "2026-06-15", Frameworks.Years(2026)).Lines);
        Assert.Equal((1, 32.88m), (line.DaysOccupied, line.TopUp));
    }

    [Fact]
    public void A_mainstream_band_is_priced_at_its_top_up_above_the_6000_threshold()
    {
        var frameworks = Frameworks.Years(2026);
        Assert.Equal(3_100.00m, Price("2026-04-01", "2027-03-31", frameworks, provision: "MAINSTREAM", band: "B2").Total);
        Assert.Equal(6_000m, frameworks.InForce(new FinancialYear(2026))!.Content.MainstreamThreshold);
    }

    [Fact]
    public void Each_line_rounds_half_a_penny_away_from_zero()
    {
        // AP B1 is £3.65 a year: × 0.5 × 1/365 = £0.005 exactly, which rounds up to 1p (banker's rounding would give 0p).
        Assert.Equal(0.01m, Price("2026-06-15", "2026-06-15", Frameworks.Years(2026), fraction: 0.5m, provision: "AP").Total);
    }

    [Fact]
    public void A_correction_prices_the_days_from_its_effective_date_and_the_earlier_version_the_days_before()
    {
        var frameworks = new PublishedFrameworks(
        [
            Frameworks.Published(2026),
            Frameworks.Published(2026, Frameworks.Content(specialB1: 13_000m), new DateOnly(2026, 10, 1), version: 2),
        ]);
        var price = Price("2026-04-01", "2027-03-31", frameworks);
        // 183 days × £12,000/365 = £6,016.438… → £6,016.44; 182 days × £13,000/365 = £6,482.191… → £6,482.19
        Assert.Equal([("2026-27.v1", 183, 6_016.44m), ("2026-27.v2", 182, 6_482.19m)], price.Lines.Select(l => (l.FrameworkId, l.DaysOccupied, l.TopUp)));
        Assert.Equal(12_498.63m, price.Total);
    }

    [Fact]
    public void An_open_ended_placement_is_priced_to_the_end_of_the_last_published_year()
    {
        var price = Price("2027-01-01", null, Frameworks.Years(2026, 2027));
        Assert.Equal(new DateOnly(2028, 3, 31), price.End);
        Assert.Equal(2, price.Lines.Count);
    }

    [Fact]
    public void A_span_into_a_year_with_no_published_framework_names_that_year()
    {
        var error = Assert.Throws<DomainRuleException>(() => Price("2027-01-01", "2027-06-30", Frameworks.Years(2026)));
        Assert.Equal("No funding framework is published for 2027-28.", error.Message);
    }

    [Fact]
    public void A_band_the_framework_does_not_have_is_a_field_error_and_an_unoffered_pair_a_rule()
    {
        var unknown = Assert.Throws<RequestValidationException>(() => Price("2026-06-01", "2026-06-30", Frameworks.Years(2026), band: "B9"));
        Assert.Equal("band", Assert.Single(unknown.Violations).Field);
        var unoffered = Assert.Throws<DomainRuleException>(() => Price("2026-06-01", "2026-06-30", Frameworks.Years(2026), provision: "INDEPENDENT_SPECIAL"));
        Assert.Contains("no tariff for band B1 in INDEPENDENT_SPECIAL", unoffered.Message);
    }

    [Fact]
    public void Independent_special_has_no_place_funding_and_special_schools_10000_a_place()
    {
        var frameworks = Frameworks.Years(2026);
        Assert.Equal(0m, PlacePricer.Price("INDEPENDENT_SPECIAL", 5, new FinancialYear(2026), frameworks).Total);
        Assert.Equal(50_000m, PlacePricer.Price("STATE_SPECIAL", 5, new FinancialYear(2026), frameworks).Total);
        Assert.Equal(30_000m, PlacePricer.Price("RESOURCED_PROVISION", 5, new FinancialYear(2026), frameworks).Total);
    }
}
