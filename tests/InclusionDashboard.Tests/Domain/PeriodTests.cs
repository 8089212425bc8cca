using SendPlatform.InclusionDashboard.Domain.Periods;

namespace SendPlatform.InclusionDashboard.Tests.Domain;

public sealed class PeriodTests
{
    [Fact]
    public void An_academic_year_runs_from_1_September_to_31_August()
    {
        Assert.True(Period.TryParse("2026-27", out var year, out _));
        Assert.Equal(new DateOnly(2026, 9, 1), year.Start);
        Assert.Equal(new DateOnly(2027, 8, 31), year.End);
        Assert.True(year.IsAcademicYear);
    }

    [Fact]
    public void A_month_is_its_days()
    {
        Assert.True(Period.TryParse("2028-02", out var month, out _));
        Assert.Equal(new DateOnly(2028, 2, 1), month.Start);
        Assert.Equal(new DateOnly(2028, 2, 29), month.End);
        Assert.False(month.IsAcademicYear);
    }

    [Theory]
    [InlineData("2026-08-31", "2025-26")]
    [InlineData("2026-09-01", "2026-27")]
    [InlineData("2027-01-15", "2026-27")]
    public void The_academic_year_of_a_date_turns_on_1_September(string date, string expected) =>
        Assert.Equal(expected, Period.AcademicYearOf(DateOnly.Parse(date)).Code);

    [Theory]
    [InlineData("2026-28", "an academic year starting in 2026 is written 2026-27")]
    [InlineData("2026-13", "an academic year starting in 2026 is written 2026-27")]
    [InlineData("2026-00", "a month is 01 to 12")]
    [InlineData("2026/27", "must be an academic year (2026-27) or a month (2026-11)")]
    [InlineData("26-27", "must be an academic year (2026-27) or a month (2026-11)")]
    [InlineData("2026-1", "must be an academic year (2026-27) or a month (2026-11)")]
    [InlineData("2011-12", "must be in the years 2012 to 2099")]
    [InlineData("2100-01", "must be in the years 2012 to 2099")]
    public void Anything_else_is_refused_with_the_reason(string text, string reason)
    {
        Assert.False(Period.TryParse(text, out _, out var why));
        Assert.Contains(reason, why);
    }
}
