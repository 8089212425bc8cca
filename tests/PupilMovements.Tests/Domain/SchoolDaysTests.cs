using SendPlatform.SharedKernel.Identifiers;
using SendPlatform.PupilMovements.Domain.Oversight;

namespace SendPlatform.PupilMovements.Tests.Domain;

public sealed class SchoolDaysTests
{
    // 2026-09-07 is a Monday.
    private static readonly DateOnly Monday = new(2026, 9, 7);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(4, 4)]   // Friday
    [InlineData(5, 4)]   // Saturday
    [InlineData(6, 4)]   // Sunday
    [InlineData(7, 5)]   // next Monday
    [InlineData(8, 6)]
    [InlineData(21, 15)] // Monday three weeks on
    [InlineData(22, 16)]
    public void School_days_are_weekdays_after_the_start_up_to_and_including_the_end(int calendarDays, int schoolDays) =>
        Assert.Equal(schoolDays, SchoolDays.Between(Monday, Monday.AddDays(calendarDays)));

    [Fact]
    public void Counting_from_a_weekend_starts_on_the_Monday_and_a_date_before_the_start_counts_nothing()
    {
        Assert.Equal(1, SchoolDays.Between(new DateOnly(2026, 9, 12), new DateOnly(2026, 9, 14)));
        Assert.Equal(0, SchoolDays.Between(Monday, Monday.AddDays(-3)));
    }

    [Fact]
    public void Adding_school_days_skips_weekends()
    {
        Assert.Equal(new DateOnly(2026, 9, 14), SchoolDays.Add(new DateOnly(2026, 9, 10), 2));
        Assert.Equal(Monday, SchoolDays.Add(Monday, 0));
    }

    [Fact]
    public void The_latest_start_more_than_15_school_days_ago_is_the_last_date_whose_count_exceeds_15()
    {
        var today = new DateOnly(2026, 9, 29);
        var start = SchoolDays.LatestStartMoreThan(15, today);
        Assert.Equal(Monday, start);
        Assert.Equal(16, SchoolDays.Between(start, today));
        Assert.Equal(15, SchoolDays.Between(start.AddDays(1), today));
    }

    [Fact]
    public void The_date_in_England_follows_British_Summer_Time()
    {
        Assert.Equal(new DateOnly(2026, 9, 8), EnglandCalendar.DateOf(new DateTimeOffset(2026, 9, 7, 23, 30, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2026, 12, 7), EnglandCalendar.DateOf(new DateTimeOffset(2026, 12, 7, 23, 30, 0, TimeSpan.Zero)));
    }
}
