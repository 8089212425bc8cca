using System.Globalization;
using SendPlatform.InclusionDashboard.Domain.Disclosure;
using SendPlatform.InclusionDashboard.Domain.Periods;

namespace SendPlatform.InclusionDashboard.Domain.Figures;

/// <summary>
/// A measure's monthly counts from one month to another. Withheld, each academic year the months touch is a row of
/// twelve months with the year's total (which the year's summary shows), suppressed as a table, so no withheld
/// month can be worked out from the year; months outside the range still count in their year.
/// </summary>
public static class MonthlySeries
{
    public const int MaxMonths = 120;

    /// <summary>The academic years that hold the months from and to: the months whose counts the series needs.</summary>
    public static (DateOnly Start, DateOnly EndExclusive) YearsSpanned(DateOnly from, DateOnly to) =>
        (Period.AcademicYearOf(from).Start, Period.AcademicYearOf(to).EndExclusive);

    public static IReadOnlyList<(string Month, string Value)> Build(IReadOnlyDictionary<DateOnly, long> counts, DateOnly from, DateOnly to, bool withhold)
    {
        var (firstYear, _) = YearsSpanned(from, to);
        var years = Period.AcademicYearOf(to).Start.Year - firstYear.Year + 1;
        var cells = new long[years, 12];
        for (var y = 0; y < years; y++)
            for (var m = 0; m < 12; m++)
                cells[y, m] = counts.GetValueOrDefault(firstYear.AddYears(y).AddMonths(m));
        var grid = new CountGrid(cells, columnTotals: false);
        var mask = withhold ? DisclosureControl.Suppress(grid) : new bool[grid.Rows, grid.Columns];
        var points = new List<(string, string)>();
        for (var month = from; month <= to; month = month.AddMonths(1))
        {
            var index = (month.Year - firstYear.Year) * 12 + month.Month - firstYear.Month;
            var (y, m) = (index / 12, index % 12);
            points.Add((month.ToString("yyyy-MM", CultureInfo.InvariantCulture), mask[y, m] ? DisclosureControl.Suppressed : cells[y, m].ToString(CultureInfo.InvariantCulture)));
        }
        return points;
    }
}
