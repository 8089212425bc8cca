using SendPlatform.InclusionDashboard.Domain.Figures;

namespace SendPlatform.InclusionDashboard.Tests.Domain;

public sealed class MonthlySeriesTests
{
    private static readonly Dictionary<DateOnly, long> Counts = new()
    {
        [new DateOnly(2026, 9, 1)] = 40,
        [new DateOnly(2026, 10, 1)] = 3,
        [new DateOnly(2026, 11, 1)] = 25,
        [new DateOnly(2027, 7, 1)] = 9,
    };

    [Fact]
    public void In_full_each_month_in_the_range_with_zeros_for_months_without_movements()
    {
        var points = MonthlySeries.Build(Counts, new DateOnly(2026, 8, 1), new DateOnly(2026, 12, 1), withhold: false);
        Assert.Equal([("2026-08", "0"), ("2026-09", "40"), ("2026-10", "3"), ("2026-11", "25"), ("2026-12", "0")], points);
    }

    [Fact]
    public void Withheld_a_small_month_goes_with_the_next_smallest_of_its_academic_year_even_outside_the_range()
    {
        // 2026-27 holds 40, 3, 25 and 9: the 3 goes, and the 9 with it (July 2027, outside the range asked for),
        // so the year's total of 77 gives neither away; the range shows only the 3 as c.
        var points = MonthlySeries.Build(Counts, new DateOnly(2026, 9, 1), new DateOnly(2026, 12, 1), withhold: true);
        Assert.Equal([("2026-09", "40"), ("2026-10", "c"), ("2026-11", "25"), ("2026-12", "0")], points);
        var july = MonthlySeries.Build(Counts, new DateOnly(2027, 7, 1), new DateOnly(2027, 7, 1), withhold: true);
        Assert.Equal([("2027-07", "c")], july);
    }
}
