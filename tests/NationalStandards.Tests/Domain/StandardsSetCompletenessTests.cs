using SendPlatform.NationalStandards.Domain.Reference;
using SendPlatform.NationalStandards.Domain.Standards;
using SendPlatform.NationalStandards.Tests.Builders;

namespace SendPlatform.NationalStandards.Tests.Domain;

public sealed class StandardsSetCompletenessTests
{
    private static readonly ReferenceCatalogue Catalogue = new(NationalReferenceData.NeedTypes, NationalReferenceData.ProvisionTypes);

    private static IReadOnlyList<SendPlatform.SharedKernel.Errors.FieldViolation> Problems(ContentBuilder builder) =>
        StandardsSetCompleteness.Problems(builder.Build(), Catalogue);

    [Fact]
    public void A_complete_set_has_no_problems() => Assert.Empty(Problems(new ContentBuilder()));

    [Fact]
    public void A_standard_without_a_requirement_is_a_problem()
    {
        var content = new ContentBuilder().WithStandard(new Standard("TIM-01", "t", Theme.Timeliness, [], [], []));
        var problem = Assert.Single(Problems(content));
        Assert.Equal("content.standards[1].requirements", problem.Field);
    }

    [Fact]
    public void Duplicate_standard_codes_are_a_problem_whatever_their_case()
    {
        var content = new ContentBuilder().WithStandard(ContentBuilder.Standard("idn-01"));
        Assert.Equal("content.standards[1].code", Assert.Single(Problems(content)).Field);
    }

    [Fact]
    public void Unknown_need_codes_and_provision_types_are_named()
    {
        var content = new ContentBuilder().WithStandard(new Standard("X-1", "x", Theme.CoProduction, ["ASD", "XYZ"], ["SPACESHIP"],
            [new Requirement("m", Comparator.AtMost, 1, "n")]));
        var fields = Problems(content).Select(p => p.Field).ToList();
        Assert.Equal(["content.standards[1].need_codes[1]", "content.standards[1].provision_types[0]"], fields);
    }

    [Fact]
    public void Every_need_met_with_a_plan_needs_ordinarily_available_provision()
    {
        var problem = Assert.Single(Problems(new ContentBuilder().WithoutOrdinarilyAvailableFor("VI")));
        Assert.Contains("'VI'", problem.Description);
    }

    [Fact]
    public void A_need_described_twice_or_a_provision_type_matched_twice_is_a_problem()
    {
        var content = new ContentBuilder()
            .WithOrdinarilyAvailable(new OrdinarilyAvailableProvision("ASD", ["again"]))
            .WithMatch(new ProvisionNeedMatch("AP", ["SEMH"]));
        var fields = Problems(content).Select(p => p.Field).ToList();
        Assert.Contains("content.ordinarily_available[12].need_code", fields);
        Assert.Contains("content.provision_matches[3].provision_type", fields);
    }

    [Fact]
    public void A_set_with_no_standards_is_a_problem() =>
        Assert.Contains(Problems(new ContentBuilder().WithoutStandards()), p => p.Field == "content.standards");

    [Theory]
    [InlineData(Comparator.AtLeast, 60, true)]
    [InlineData(Comparator.AtLeast, 59.9, false)]
    [InlineData(Comparator.AtMost, 20, true)]
    [InlineData(Comparator.AtMost, 20.1, false)]
    [InlineData(Comparator.Equal, 60, true)]
    public void A_requirement_is_met_by_a_value_on_the_right_side_of_its_threshold(Comparator comparator, double value, bool met)
    {
        var threshold = comparator == Comparator.AtMost ? 20m : 60m;
        Assert.Equal(met, new Requirement("k", comparator, threshold, "u").IsMetBy((decimal)value));
    }
}
