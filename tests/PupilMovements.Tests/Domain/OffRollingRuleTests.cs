using SendPlatform.PupilMovements.Domain;
using SendPlatform.PupilMovements.Domain.Oversight;

namespace SendPlatform.PupilMovements.Tests.Domain;

public sealed class OffRollingRuleTests
{
    [Fact]
    public void Exactly_twice_the_LA_rate_with_5_deletions_is_a_signal_and_just_under_is_not()
    {
        Assert.True(OffRollingRule.IsSignal(new DeletionCounts(5, 10), new DeletionCounts(5, 20)));
        Assert.False(OffRollingRule.IsSignal(new DeletionCounts(5, 10), new DeletionCounts(6, 20)));
    }

    [Fact]
    public void Four_deletions_are_never_a_signal_however_far_above_the_LA_rate()
    {
        Assert.False(OffRollingRule.IsSignal(new DeletionCounts(4, 4), new DeletionCounts(4, 100)));
        Assert.True(OffRollingRule.IsSignal(new DeletionCounts(5, 5), new DeletionCounts(5, 100)));
    }

    [Fact]
    public void A_setting_that_is_its_LAs_only_deleter_matches_the_LA_rate_and_is_no_signal() =>
        Assert.False(OffRollingRule.IsSignal(new DeletionCounts(8, 10), new DeletionCounts(8, 10)));

    [Theory]
    [InlineData(MovementType.Deletion, "K", null, "ELECTIVE_HOME_EDUCATION", true)]
    [InlineData(MovementType.Deletion, "E", null, "CONTINUOUS_ABSENCE", true)]
    [InlineData(MovementType.Deletion, "N", null, "ELECTIVE_HOME_EDUCATION", false)]
    [InlineData(MovementType.Deletion, "K", "100001", "REGISTERED_AT_ANOTHER_SCHOOL", false)]
    [InlineData(MovementType.Deletion, "K", null, "REGISTERED_AT_ANOTHER_SCHOOL", false)]
    [InlineData(MovementType.Deletion, "E", null, "DIED", false)]
    [InlineData(MovementType.PermanentExclusion, "K", null, null, false)]
    public void Only_deletions_of_pupils_with_SEN_to_no_other_school_count(MovementType type, string sen, string? toUrn, string? ground, bool counts) =>
        Assert.Equal(counts, OffRollingRule.Counts(type, sen, toUrn, ground));

    [Fact]
    public void The_window_is_the_12_months_ending_today() =>
        Assert.Equal(new DateOnly(2025, 11, 24), OffRollingRule.WindowStart(new DateOnly(2026, 11, 23)));
}
