using SendPlatform.ApCommissioning.Domain.Providers;
using SendPlatform.SharedKernel.Errors;

namespace SendPlatform.ApCommissioning.Tests.Domain;

public sealed class ProviderRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static IReadOnlyList<string> Problems(ProviderDetails details)
    {
        var v = new Violations();
        ProviderRules.Check(details, Today, v);
        return v.Items.Select(i => i.Field).ToList();
    }

    private static readonly ProviderDetails Pru = new("140001", null, "Riverside PRU", ProviderKind.PupilReferralUnit, "931",
        [ApTier.TimeLimited], 60, new DateOnly(2026, 6, 15), QualityRating.Good);

    [Fact]
    public void A_registered_provider_with_its_URN_tiers_capacity_and_assurance_is_valid() => Assert.Empty(Problems(Pru));

    [Fact]
    public void Every_registered_kind_needs_a_URN_and_only_the_unregistered_kind_a_reference()
    {
        foreach (var kind in Enum.GetValues<ProviderKind>().Where(k => k != ProviderKind.UnregisteredAp))
            Assert.Equal(["urn"], Problems(Pru with { Kind = kind, Urn = null }));
        Assert.Equal(["provider_reference", "urn"], Problems(Pru with { Kind = ProviderKind.UnregisteredAp }));
        Assert.Empty(Problems(Pru with { Kind = ProviderKind.UnregisteredAp, Urn = null, ProviderReference = "FOREST-1" }));
        Assert.Equal(["provider_reference"], Problems(Pru with { Kind = ProviderKind.UnregisteredAp, Urn = null, ProviderReference = "no spaces" }));
    }

    [Fact]
    public void Capacity_runs_from_1_to_10000_places()
    {
        Assert.Equal(["capacity"], Problems(Pru with { Capacity = 0 }));
        Assert.Empty(Problems(Pru with { Capacity = 1 }));
        Assert.Empty(Problems(Pru with { Capacity = 10_000 }));
        Assert.Equal(["capacity"], Problems(Pru with { Capacity = 10_001 }));
    }

    [Fact]
    public void A_quality_assurance_visit_has_a_date_not_in_the_future_and_a_rating()
    {
        Assert.Empty(Problems(Pru with { LastQualityAssurance = null, Rating = null }));
        Assert.Equal(["quality_rating"], Problems(Pru with { Rating = null }));
        Assert.Equal(["last_quality_assurance_date"], Problems(Pru with { LastQualityAssurance = null }));
        Assert.Equal(["last_quality_assurance_date"], Problems(Pru with { LastQualityAssurance = Today.AddDays(1) }));
    }
}
