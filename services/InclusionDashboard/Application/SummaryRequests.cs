using SendPlatform.InclusionDashboard.Domain.Geography;
using SendPlatform.InclusionDashboard.Domain.Periods;

namespace SendPlatform.InclusionDashboard.Application;

/// <summary>
/// The area and period a summary request names, checked at both doors (API and pages) alike: a malformed period or region, or a code that is
/// not a current LA (as everywhere on the platform), is INVALID_ARGUMENT; a region code no region has is NOT_FOUND.
/// </summary>
internal static class SummaryRequests
{
    /// <summary>An LA summary's or download's area and period, every problem with either refused together.</summary>
    public static (Area Area, Period Period) LocalAuthorityAndPeriod(string laCode, string period, TimeProvider clock)
    {
        var v = new Violations();
        var area = LocalAuthorityOf(laCode, v);
        var parsed = PeriodOf(period, clock, v);
        v.ThrowIfAny();
        return (area!, parsed);
    }

    public static Period PeriodOnly(string period, TimeProvider clock)
    {
        var v = new Violations();
        var parsed = PeriodOf(period, clock, v);
        v.ThrowIfAny();
        return parsed;
    }

    /// <summary>A calendar year for the EHC timeliness data set; empty means this year.</summary>
    public static int CalendarYear(string text, TimeProvider clock)
    {
        if (string.IsNullOrWhiteSpace(text)) return clock.TodayInEngland().Year;
        if (int.TryParse(text.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) && year is >= 2014 and <= 2099)
            return year;
        var v = new Violations();
        v.Add("year", "must be a calendar year from 2014 (when EHC plans began) to 2099, e.g. 2026");
        v.ThrowIfAny();
        return 0;
    }

    public static Period PeriodOf(string text, TimeProvider clock, Violations v)
    {
        if (string.IsNullOrWhiteSpace(text)) return Period.AcademicYearOf(clock.TodayInEngland());
        if (Period.TryParse(text.Trim(), out var period, out var reason)) return period;
        v.Add("period", reason);
        return null!;
    }

    public static Area? LocalAuthorityOf(string text, Violations v)
    {
        if (!LaCode.TryParse(text, out var la, out var reason))
        {
            v.Add("la_code", reason);
            return null;
        }
        return Area.LocalAuthorityOf(la.Value);
    }

    /// <summary>A setting summary's area and period, every problem with either refused together.</summary>
    public static (Area Area, Period Period) SettingAndPeriod(string urn, string period, TimeProvider clock)
    {
        var v = new Violations();
        Area? area = null;
        if (Urn.TryParse(urn, out var parsed, out var reason)) area = Area.Setting(parsed.Value);
        else v.Add("urn", reason);
        var parsedPeriod = PeriodOf(period, clock, v);
        v.ThrowIfAny();
        return (area!, parsedPeriod);
    }

    public static Area? RegionOf(string text, Violations v)
    {
        var code = text.Trim().ToUpperInvariant();
        if (code.Length != 9 || !code.StartsWith("E12", StringComparison.Ordinal) || !code[3..].All(char.IsAsciiDigit))
        {
            v.Add("region", "must be a region's ONS code, E12000001 to E12000009");
            return null;
        }
        return Area.Region(code) ?? throw new NotFoundException("region", code);
    }

    /// <summary>The series' first and last months: by default the twelve months to this one; at most ten years apart.</summary>
    public static (DateOnly From, DateOnly To) MonthsOf(string from, string to, TimeProvider clock, Violations v)
    {
        var today = clock.TodayInEngland();
        var last = Month(to, "to", v) ?? new DateOnly(today.Year, today.Month, 1);
        var first = Month(from, "from", v) ?? last.AddMonths(-11);
        if (v.Any) return default;
        if (first > last) v.Add("from", "must not be after to");
        else if (first.AddMonths(Domain.Figures.MonthlySeries.MaxMonths) <= last) v.Add("to", $"must be within {Domain.Figures.MonthlySeries.MaxMonths} months of from");
        return (first, last);
    }

    private static DateOnly? Month(string text, string field, Violations v)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (Period.TryParse(text.Trim(), out var period, out _) && !period.IsAcademicYear) return period.Start;
        v.Add(field, "must be a month, e.g. 2026-09");
        return null;
    }

    public static Domain.Figures.SeriesMeasure? MeasureOf(string text, Violations v)
    {
        if (Domain.Figures.SeriesMeasure.Find(text.Trim()) is { } measure) return measure;
        v.Add("measure", $"must be one of {string.Join(", ", Domain.Figures.SeriesMeasure.All.Select(m => m.Id))}");
        return null;
    }
}
