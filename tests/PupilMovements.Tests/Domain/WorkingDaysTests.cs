using SendPlatform.SharedKernel.Identifiers;

namespace SendPlatform.PupilMovements.Tests.Domain;

public sealed class WorkingDaysTests
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
        Assert.Equal(schoolDays, WorkingDays.Between(Monday, Monday.AddDays(calendarDays)));

    [Fact]
    public void Counting_from_a_weekend_starts_on_the_Monday_and_a_date_before_the_start_counts_nothing()
    {
        Assert.Equal(1, WorkingDays.Between(new DateOnly(2026, 9, 12), new DateOnly(2026, 9, 14)));
        Assert.Equal(0, WorkingDays.Between(Monday, Monday.AddDays(-3)));
    }

    [Fact]
    public void Adding_school_days_skips_weekends()
    {
        Assert.Equal(new DateOnly(2026, 9, 14), WorkingDays.Add(new DateOnly(2026, 9, 10), 2));
        Assert.Equal(Monday, WorkingDays.Add(Monday, 0));
    }

    [Fact]
    public void Englands_bank_holidays_are_not_school_days()
    {
        // Christmas Day 2026 is a Friday and Boxing Day's substitute is Monday 28 December.
        Assert.False(WorkingDays.IsWorkingDay(new DateOnly(2026, 12, 25)));
        Assert.False(WorkingDays.IsWorkingDay(new DateOnly(2026, 12, 28)));
        Assert.Equal(1, WorkingDays.Between(new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 29)));
        Assert.Equal(new DateOnly(2026, 12, 29), WorkingDays.Add(new DateOnly(2026, 12, 24), 1));
        // Easter 2027: Good Friday 26 March, Easter Monday 29 March; 3 weeks from the Monday before is 13 school days.
        Assert.Equal(13, WorkingDays.Between(new DateOnly(2027, 3, 22), new DateOnly(2027, 4, 12)));
        Assert.Equal(new DateOnly(2027, 3, 22), WorkingDays.LatestStartMoreThan(12, new DateOnly(2027, 4, 12)));
    }

    [Fact]
    public void The_bank_holidays_held_are_every_year_from_2024_to_2030_each_on_a_weekday()
    {
        Assert.Equal((2024, 2030), (EnglandBankHolidays.FirstYear, EnglandBankHolidays.LastYear));
        Assert.All(Enumerable.Range(2024, 7), year => Assert.Equal(8, EnglandBankHolidays.All.Keys.Count(d => d.Year == year)));
        Assert.All(EnglandBankHolidays.All.Keys, d => Assert.True(d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday), $"{d} is a weekend"));
    }

    [Fact]
    public void The_latest_start_more_than_15_school_days_ago_is_the_last_date_whose_count_exceeds_15()
    {
        var today = new DateOnly(2026, 9, 29);
        var start = WorkingDays.LatestStartMoreThan(15, today);
        Assert.Equal(Monday, start);
        Assert.Equal(16, WorkingDays.Between(start, today));
        Assert.Equal(15, WorkingDays.Between(start.AddDays(1), today));
    }

    [Fact]
    public void The_date_in_England_follows_British_Summer_Time()
    {
        Assert.Equal(new DateOnly(2026, 9, 8), EnglandCalendar.DateOf(new DateTimeOffset(2026, 9, 7, 23, 30, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2026, 12, 7), EnglandCalendar.DateOf(new DateTimeOffset(2026, 12, 7, 23, 30, 0, TimeSpan.Zero)));
    }
}
