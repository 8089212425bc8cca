using SendPlatform.PupilMovements.Domain;
using SendPlatform.PupilMovements.Domain.Oversight;

namespace SendPlatform.PupilMovements.Tests.Domain;

public sealed class OffRollingRuleTests
{
    private static readonly OffRollingThresholds Defaults = new();

    [Fact]
    public void Exactly_twice_the_LA_rate_with_5_deletions_is_a_signal_and_just_under_is_not()
    {
        Assert.True(OffRollingRule.IsSignal(new DeletionCounts(5, 10), new DeletionCounts(5, 20), Defaults));
        Assert.False(OffRollingRule.IsSignal(new DeletionCounts(5, 10), new DeletionCounts(6, 20), Defaults));
    }

    [Fact]
    public void Four_deletions_are_never_a_signal_however_far_above_the_LA_rate()
    {
        Assert.False(OffRollingRule.IsSignal(new DeletionCounts(4, 4), new DeletionCounts(4, 100), Defaults));
        Assert.True(OffRollingRule.IsSignal(new DeletionCounts(5, 5), new DeletionCounts(5, 100), Defaults));
    }

    [Fact]
    public void Configured_thresholds_are_the_ones_applied()
    {
        var stricter = new OffRollingThresholds { MinimumCount = 6, RateMultiple = 3 };
        Assert.False(OffRollingRule.IsSignal(new DeletionCounts(5, 5), new DeletionCounts(5, 100), stricter));
        Assert.False(OffRollingRule.IsSignal(new DeletionCounts(6, 12), new DeletionCounts(6, 24), stricter));
        Assert.True(OffRollingRule.IsSignal(new DeletionCounts(6, 12), new DeletionCounts(6, 36), stricter));
        Assert.Equal(new DateOnly(2026, 5, 24), OffRollingRule.WindowStart(new DateOnly(2026, 11, 23), new OffRollingThresholds { WindowMonths = 6 }));
    }

    [Fact]
    public void A_setting_that_is_its_LAs_only_deleter_matches_the_LA_rate_and_is_no_signal() =>
        Assert.False(OffRollingRule.IsSignal(new DeletionCounts(8, 10), new DeletionCounts(8, 10), Defaults));

    [Theory]
    [InlineData(MovementType.Deletion, "K", null, "ELECTIVE_HOME_EDUCATION", "EHE", true)]
    [InlineData(MovementType.Deletion, "E", null, "CONTINUOUS_ABSENCE", "UNKNOWN", true)]
    [InlineData(MovementType.Deletion, "K", null, "NOT_RETURNED_AFTER_LEAVE", "UNKNOWN", true)]
    [InlineData(MovementType.Deletion, "K", null, "MEDICALLY_UNFIT", "OLA", true)]
    [InlineData(MovementType.Deletion, "K", null, "MOVED_AWAY", "UNKNOWN", true)]
    [InlineData(MovementType.Deletion, "K", null, null, "NEET", true)]
    [InlineData(MovementType.Deletion, "N", null, "ELECTIVE_HOME_EDUCATION", "EHE", false)]
    [InlineData(MovementType.Deletion, "K", "100001", "REGISTERED_AT_ANOTHER_SCHOOL", null, false)]
    [InlineData(MovementType.Deletion, "K", null, "REGISTERED_AT_ANOTHER_SCHOOL", "UNKNOWN", false)]
    [InlineData(MovementType.Deletion, "E", null, "DIED", "UNKNOWN", false)]
    [InlineData(MovementType.Deletion, "E", null, "CEASED_COMPULSORY_SCHOOL_AGE", "NEET", false)]
    [InlineData(MovementType.Deletion, "K", null, "LEFT_SIXTH_FORM", "UNKNOWN", false)]
    [InlineData(MovementType.Deletion, "K", null, "MOVED_AWAY", "202", false)]
    [InlineData(MovementType.Deletion, "K", null, "PERMANENTLY_EXCLUDED", "UNKNOWN", false)]
    [InlineData(MovementType.PermanentExclusion, "K", null, null, "UNKNOWN", false)]
    public void Only_deletions_that_can_be_a_removal_by_the_setting_count(MovementType type, string sen, string? toUrn, string? ground, string? destination, bool counts) =>
        Assert.Equal(counts, OffRollingRule.Counts(type, sen, toUrn, ground, destination));

    [Fact]
    public void Thirty_year_11_leavers_with_SEN_count_nothing_so_raise_nothing()
    {
        var counted = Enumerable.Range(0, 30).Count(_ => OffRollingRule.Counts(MovementType.Deletion, "K", null, "CEASED_COMPULSORY_SCHOOL_AGE", "UNKNOWN"));
        Assert.Equal(0, counted);
        Assert.False(OffRollingRule.IsSignal(new DeletionCounts(counted, 30), new DeletionCounts(counted, 300), Defaults));
    }

    [Fact]
    public void The_window_is_the_12_months_ending_today() =>
        Assert.Equal(new DateOnly(2025, 11, 24), OffRollingRule.WindowStart(new DateOnly(2026, 11, 23), Defaults));
}
