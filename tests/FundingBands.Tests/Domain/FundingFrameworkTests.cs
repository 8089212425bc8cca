using SendPlatform.SharedKernel.Identifiers;
using SendPlatform.FundingBands.Domain;
using SendPlatform.FundingBands.Tests.Builders;
using SendPlatform.SharedKernel.Errors;

namespace SendPlatform.FundingBands.Tests.Domain;

public sealed class FundingFrameworkTests
{
    private static readonly FinancialYear Year = new(2026);
    private static readonly DateTimeOffset Now = new(2026, 2, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly IReadOnlySet<string> ProvisionTypes = new HashSet<string> { "STATE_SPECIAL", "MAINSTREAM", "AP", "INDEPENDENT_SPECIAL", "RESOURCED_PROVISION", "NON_MAINTAINED_SPECIAL", "FE_COLLEGE" };

    private static FundingFramework Draft(int version = 1, DateOnly? from = null) =>
        FundingFramework.CreateDraft(Year, version, from ?? Year.Start, Frameworks.Content(), null, "dfe", Now);

    [Fact]
    public void The_first_version_of_a_year_must_start_on_1_April()
    {
        var error = Assert.Throws<DomainRuleException>(() => Draft(from: new DateOnly(2026, 5, 1)).Publish(null, "dfe", Now));
        Assert.Contains("2026-04-01", error.Message);
    }

    [Fact]
    public void A_correction_supersedes_the_version_in_force()
    {
        var first = Draft();
        first.Publish(null, "dfe", Now);
        var correction = Draft(2, new DateOnly(2026, 10, 1));
        correction.Publish(first, "dfe", Now.AddDays(1));
        Assert.Equal((FrameworkStatus.Superseded, FrameworkStatus.Published), (first.Status, correction.Status));
        Assert.Equal("2026-27.v2", correction.Id);
    }

    [Fact]
    public void A_correction_cannot_take_effect_before_the_version_in_force()
    {
        var first = Draft(1);
        first.Publish(null, "dfe", Now);
        var second = Draft(2, new DateOnly(2026, 10, 1));
        second.Publish(first, "dfe", Now);
        var third = Draft(3, new DateOnly(2026, 9, 1));
        Assert.Throws<DomainRuleException>(() => third.Publish(second, "dfe", Now));
        Assert.Equal(FrameworkStatus.Published, second.Status);
    }

    [Fact]
    public void A_published_framework_is_immutable_and_publishing_twice_is_refused()
    {
        var framework = Draft();
        framework.Publish(null, "dfe", Now);
        Assert.Throws<DomainRuleException>(() => framework.Publish(null, "dfe", Now));
        Assert.Throws<DomainRuleException>(() => framework.Replace(Year.Start, Frameworks.Content(13_000m), "dfe", Now));
        Assert.Equal(12_000m, framework.Content.TariffFor("B1", "STATE_SPECIAL")!.AnnualTopUp);
    }

    private static List<string> Problems(FrameworkContent content)
    {
        var v = new Violations();
        FrameworkContentRules.Check(content, ProvisionTypes, v);
        return v.Items.Select(i => i.Field).ToList();
    }

    [Fact]
    public void Coherent_content_has_no_problems() => Assert.Empty(Problems(Frameworks.Content()));

    [Fact]
    public void Duplicate_band_codes_and_ordinals_are_field_errors()
    {
        var content = Frameworks.Content() with { Bands = [new("B1", "a", 1, ""), new("B1", "b", 1, "")], Tariffs = [] };
        Assert.Equal(["content.bands[1].code", "content.bands[1].ordinal"], Problems(content));
    }

    [Fact]
    public void A_tariff_for_an_unknown_band_or_provision_type_or_given_twice_is_a_field_error()
    {
        var content = Frameworks.Content() with
        {
            Tariffs = [new("B7", "STATE_SPECIAL", 1m), new("B1", "CASTLE", 1m), new("B2", "MAINSTREAM", 1m), new("B2", "MAINSTREAM", 2m), new("B1", "AP", -1m)],
        };
        Assert.Equal(["content.tariffs[0].band_code", "content.tariffs[1].provision_type", "content.tariffs[3]", "content.tariffs[4].annual_top_up_pence"], Problems(content));
    }

    [Fact]
    public void Place_funding_and_area_factors_are_checked()
    {
        var content = Frameworks.Content(12_000m, new AreaCostAdjustment("202", 1.1m), new AreaCostAdjustment("202", 1.2m)) with
        {
            PlaceFunding = [new("AP", -5m), new("AP", 1m), new("SPACESHIP", 1m)],
            MainstreamThreshold = -1m,
        };
        Assert.Equal(
            ["content.place_funding[0].per_place_pence", "content.place_funding[1].provision_type", "content.place_funding[2].provision_type",
             "content.mainstream_threshold_pence", "content.area_cost_adjustments[1].la_code"],
            Problems(content));
    }
}
