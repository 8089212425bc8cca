using System.Globalization;
using SendPlatform.InclusionDashboard.Domain.Disclosure;
using SendPlatform.InclusionDashboard.Domain.Geography;
using SendPlatform.SharedKernel.Identifiers;

namespace SendPlatform.InclusionDashboard.Domain.Figures;

/// <summary>
/// DfE's EHC plan timeliness data set ("Education, health and care plans", timeliness_20_week) for a calendar year,
/// in its wide layout: one row for England, each region and each LA, with the data set's indicators. The plans a
/// lawful exception applied to are the difference between a row's two denominators, so each area's counts form one
/// grid (plans without an exception, plans with one; totals all plans and each row's denominator) and are suppressed
/// together where the caller may not see that area in full. A percentage or average is withheld with the count it is
/// taken from, and is "x" where there is no plan.
/// </summary>
public static class EhcTimelinessFile
{
    public static readonly string[] Indicators =
    [
        "plans_issued_den", "plans_issued_den_ex", "plans_issued_within_20_weeks", "plans_issued_20_weeks_ex", "pc_plans_issued_within_20_weeks",
        "pc_plans_issued_20_weeks_ex", "plans_issued_gt20weeks_ltYear", "plans_issued_gt20weeks_ltYear_ex", "plans_issued_gt_1_year", "plans_issued_gt_1_year_ex",
        "avg_weeks_issue_plan", "avg_weeks_issue_plan_exc",
    ];

    /// <summary>One area's row: the EES time and geography columns, then the indicators in <see cref="Indicators"/>' order.</summary>
    public sealed record Row(string Year, Area Area, IReadOnlyList<string> Values);

    /// <param name="byLa">Each LA's plans issued in the year: without an exception, and with one.</param>
    /// <param name="seesInFull">Whether the caller may see an area's figures unsuppressed.</param>
    public static IEnumerable<Row> Build(int year, IReadOnlyDictionary<string, (IssueBands WithoutException, IssueBands WithException)> byLa, Func<Area, bool> seesInFull)
    {
        var areas = new List<Area> { Area.England };
        areas.AddRange(Regions.ByCode.Keys.Order(StringComparer.Ordinal).Select(code => Area.Region(code)!));
        areas.AddRange(LocalAuthorities.All.OrderBy(la => la.LaCode, StringComparer.Ordinal).Select(Area.LocalAuthorityOf));
        var text = year.ToString(CultureInfo.InvariantCulture);
        foreach (var area in areas)
        {
            var without = IssueBands.None;
            var with = IssueBands.None;
            foreach (var la in area.LaCodes)
            {
                if (!byLa.TryGetValue(la, out var plans)) continue;
                without = without.Plus(plans.WithoutException);
                with = with.Plus(plans.WithException);
            }
            yield return new Row(text, area, Values(without, with, withhold: !seesInFull(area)));
        }
    }

    private static string[] Values(IssueBands without, IssueBands with, bool withhold)
    {
        var all = without.Plus(with);
        var grid = new CountGrid(new long[,]
        {
            { without.Within20Weeks, without.Within52Weeks, without.After52Weeks },
            { with.Within20Weeks, with.Within52Weeks, with.After52Weeks },
        }, columnTotals: true);
        var mask = withhold ? DisclosureControl.Suppress(grid) : new bool[grid.Rows, grid.Columns];
        const int ex = 0, total = 2, den = 3;
        string Count(int row, int column) => FigureRows.Text(grid, mask, row, column);
        string Share(int row, int column, long part, long of) =>
            mask[row, column] || mask[row, den] ? DisclosureControl.Suppressed : of == 0 ? "x" : Decimal(100m * part / of);
        string Weeks(int row, IssueBands plans) =>
            mask[row, den] ? DisclosureControl.Suppressed : plans.Issued == 0 ? "x" : Decimal(plans.TotalDays / 7m / plans.Issued);
        return
        [
            Count(total, den), Count(ex, den),
            Count(total, 0), Count(ex, 0),
            Share(total, 0, all.Within20Weeks, all.Issued), Share(ex, 0, without.Within20Weeks, without.Issued),
            Count(total, 1), Count(ex, 1),
            Count(total, 2), Count(ex, 2),
            Weeks(total, all), Weeks(ex, without),
        ];
    }

    private static string Decimal(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture);
}
