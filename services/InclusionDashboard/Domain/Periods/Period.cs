using System.Globalization;

namespace SendPlatform.InclusionDashboard.Domain.Periods;

/// <summary>
/// The span a summary covers: an academic year ("2026-27", 1 September to 31 August, as DfE publishes SEN and
/// exclusions statistics) or a calendar month ("2026-11"). Figures are kept per month, so either is a run of months.
/// </summary>
public sealed record Period(string Code, DateOnly Start, DateOnly EndExclusive)
{
    // From 2012, an academic year's second part (13 and up) can never be read as a month.
    private const int FirstYear = 2012;
    private const int LastYear = 2099;

    public DateOnly End => EndExclusive.AddDays(-1);

    public bool IsAcademicYear => EndExclusive == Start.AddYears(1);

    /// <summary>The financial years (April to March, as budgets and funding run) the period touches: one or two.</summary>
    public IReadOnlyList<FinancialYear> FinancialYears
    {
        get
        {
            var first = FinancialYear.Containing(Start);
            var last = FinancialYear.Containing(End);
            return first == last ? [first] : [first, last];
        }
    }

    public static Period AcademicYearOf(DateOnly date)
    {
        var year = date.Month >= 9 ? date.Year : date.Year - 1;
        return AcademicYear(year);
    }

    public static Period AcademicYear(int startYear) =>
        new($"{startYear}-{(startYear + 1) % 100:00}", new DateOnly(startYear, 9, 1), new DateOnly(startYear + 1, 9, 1));

    public static Period Month(int year, int month) =>
        new($"{year}-{month:00}", new DateOnly(year, month, 1), new DateOnly(year, month, 1).AddMonths(1));

    /// <summary>"2026-27" or "2026-11"; the reason names what is wrong.</summary>
    public static bool TryParse(string text, out Period period, out string reason)
    {
        period = null!;
        var parts = text.Split('-');
        if (parts.Length != 2 || parts[0].Length != 4 || parts[1].Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var second))
        {
            reason = "must be an academic year (2026-27) or a month (2026-11)";
            return false;
        }
        if (year is < FirstYear or > LastYear)
        {
            reason = $"must be in the years {FirstYear} to {LastYear}";
            return false;
        }
        if (second == (year + 1) % 100)
        {
            period = AcademicYear(year);
        }
        else if (second is >= 1 and <= 12)
        {
            period = Month(year, second);
        }
        else
        {
            reason = $"an academic year starting in {year} is written {year}-{(year + 1) % 100:00}; a month is 01 to 12";
            return false;
        }
        reason = "";
        return true;
    }
}
