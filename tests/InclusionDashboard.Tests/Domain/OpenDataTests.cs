using SendPlatform.InclusionDashboard.Domain.Figures;
using SendPlatform.InclusionDashboard.Domain.Geography;
using SendPlatform.InclusionDashboard.Domain.Periods;
using SendPlatform.SharedKernel.Identifiers;

namespace SendPlatform.InclusionDashboard.Tests.Domain;

public sealed class OpenDataTests
{
    private static readonly FigureTable Table = new("t", "Movements by SEN provision", "", "PupilMoved", ["EHC plan", "SEN support"],
        [new FigureRow("admissions", "Admissions", "", ["3", "c"], "c")]);

    [Fact]
    public void An_LA_row_carries_its_ONS_codes_region_and_old_code_and_an_academic_year_its_EES_form()
    {
        Assert.True(LaCode.TryParse("810", out var hull, out _));
        var rows = OpenData.Rows(Area.LocalAuthorityOf(hull.Value), Period.AcademicYear(2026), [Table]).ToList();
        Assert.Equal(3, rows.Count);
        var first = rows[0];
        Assert.Equal(("202627", "Academic year", "Local authority", "E92000001", "England"),
            (first.TimePeriod, first.TimeIdentifier, first.GeographicLevel, first.CountryCode, first.CountryName));
        Assert.Equal(("E12000003", "Yorkshire and The Humber", "E06000010", "810", "Kingston upon Hull, City of"),
            (first.RegionCode, first.RegionName, first.NewLaCode, first.OldLaCode, first.LaName));
        Assert.Equal([("EHC plan", "3"), ("SEN support", "c"), ("Total", "c")], rows.Select(r => (r.Category, r.Value)));
        Assert.All(rows, r => Assert.Equal(("Movements by SEN provision", "Admissions"), (r.Table, r.Breakdown)));
    }

    [Fact]
    public void A_month_is_its_calendar_year_and_name_and_national_rows_leave_region_and_LA_empty()
    {
        var row = OpenData.Rows(Area.England, Period.Month(2026, 11), [Table]).First();
        Assert.Equal(("2026", "November", "National"), (row.TimePeriod, row.TimeIdentifier, row.GeographicLevel));
        Assert.Equal(("", "", "", "", ""), (row.RegionCode, row.RegionName, row.NewLaCode, row.OldLaCode, row.LaName));
    }
}
