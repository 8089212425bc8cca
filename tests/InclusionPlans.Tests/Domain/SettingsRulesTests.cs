using SendPlatform.SharedKernel.Identifiers;
using SendPlatform.InclusionPlans.Domain.Settings;
using SendPlatform.InclusionPlans.Domain.TailoredLists;

namespace SendPlatform.InclusionPlans.Tests.Domain;

public sealed class SettingsRulesTests
{
    private static readonly Dictionary<string, IReadOnlySet<string>> Matches = new()
    {
        ["MAINSTREAM"] = new HashSet<string> { "ASD", "SEMH" },
        ["STATE_SPECIAL"] = new HashSet<string> { "ASD" },
        ["AP"] = new HashSet<string> { "SEMH" },
    };

    [Fact]
    public void Provision_types_are_those_matched_to_the_need_and_specialist_ones_only_with_an_EHC_plan()
    {
        Assert.Equal(["MAINSTREAM", "STATE_SPECIAL"], Suitability.ProvisionTypes("ASD", "E", Matches));
        Assert.Equal(["MAINSTREAM"], Suitability.ProvisionTypes("ASD", "K", Matches));
        Assert.Equal(["AP", "MAINSTREAM"], Suitability.ProvisionTypes("SEMH", "N", Matches));
        Assert.Empty(Suitability.ProvisionTypes("PMLD", "E", Matches));
    }

    [Theory]
    [InlineData("R", 4)]
    [InlineData("r", 4)]
    [InlineData("1", 5)]
    [InlineData("11", 15)]
    [InlineData("14", 18)]
    public void A_year_group_is_the_age_at_the_start_of_the_school_year(string yearGroup, int age) =>
        Assert.Equal(age, Suitability.AgeOf(yearGroup));

    [Theory]
    [InlineData("0")]
    [InlineData("15")]
    [InlineData("Y7")]
    public void Other_year_groups_are_not_ages(string yearGroup) => Assert.Null(Suitability.AgeOf(yearGroup));

    [Fact]
    public void Movements_fill_the_receiving_roll_and_free_the_sending_one_and_AP_counts_once()
    {
        Assert.Equal([("100001", 1)], Occupancy.OfMovement("Admission", null, "100001"));
        Assert.Equal([("100001", -1), ("100002", 1)], Occupancy.OfMovement("ManagedMove", "100001", "100002"));
        Assert.Equal([("100001", -1)], Occupancy.OfMovement("PermanentExclusion", "100001", null));
        Assert.Empty(Occupancy.OfMovement("Suspension", "100001", null));
        Assert.Empty(Occupancy.OfMovement("IntoAp", "100001", "140001"));

        Assert.Equal([("140001", 1)], Occupancy.OfPlacementStart(ApTiers.TimeLimited, "140001"));
        Assert.Empty(Occupancy.OfPlacementStart(ApTiers.TargetedSupport, "140001"));
        Assert.Empty(Occupancy.OfPlacementStart(ApTiers.TimeLimited, null));
        Assert.Equal([("140001", -1)], Occupancy.OfPlacementEnd(ApTiers.Transitional, "140001"));
        Assert.Empty(Occupancy.OfPlacementEnd(ApTiers.TargetedSupport, "140001"));
    }

    [Fact]
    public void A_batch_of_changes_nets_per_setting_in_URN_order_and_leaves_out_what_cancels()
    {
        Assert.Equal([("100001", 1), ("100003", -2)], Occupancy.Net([("100003", -1), ("100002", 1), ("100001", 1), ("100002", -1), ("100003", -1)]));
        Assert.Empty(Occupancy.Net([]));
    }
}
