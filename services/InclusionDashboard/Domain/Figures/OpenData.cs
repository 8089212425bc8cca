using System.Globalization;
using SendPlatform.InclusionDashboard.Domain.Geography;
using SendPlatform.InclusionDashboard.Domain.Periods;

namespace SendPlatform.InclusionDashboard.Domain.Figures;

/// <summary>
/// A summary's figures as open-data rows, one per figure (totals as the category "Total"), exactly as the caller was
/// shown them: withheld figures stay "c". Time follows the EES conventions: an academic year is "202627" with
/// "Academic year", a month is its calendar year with the month's name.
/// </summary>
public static class OpenData
{
    public const string CountryCode = Area.EnglandCode;
    public const string CountryName = "England";

    public static IEnumerable<OpenDataRow> Rows(Area area, Period period, IReadOnlyList<FigureTable> tables)
    {
        var (timePeriod, timeIdentifier) = period.IsAcademicYear
            ? ($"{period.Start.Year}{(period.Start.Year + 1) % 100:00}", "Academic year")
            : (period.Start.Year.ToString(CultureInfo.InvariantCulture), period.Start.ToString("MMMM", CultureInfo.InvariantCulture));
        var (regionCode, regionName, newLaCode, oldLaCode, laName) = Geography(area);
        foreach (var table in tables)
        {
            foreach (var row in table.Rows)
            {
                var cells = row.Values.Select((value, c) => (table.Columns[c], value));
                if (row.Total.Length > 0) cells = cells.Append(("Total", row.Total));
                foreach (var (category, value) in cells)
                {
                    yield return new OpenDataRow(timePeriod, timeIdentifier, area.Level, CountryCode, CountryName, regionCode, regionName, newLaCode, oldLaCode,
                        laName, table.Title, row.Label, category, value);
                }
            }
        }
    }

    public static (string RegionCode, string RegionName, string NewLaCode, string OldLaCode, string LaName) Geography(Area area)
    {
        if (area.Level == Area.Regional) return (area.Code, area.Name, "", "", "");
        if (area.Level != Area.LocalAuthority) return ("", "", "", "", "");
        var la = LocalAuthorities.Find(area.Code)!;
        return (Regions.CodeOf(la.Region), la.Region, la.OnsCode, la.LaCode, la.Name);
    }
}
