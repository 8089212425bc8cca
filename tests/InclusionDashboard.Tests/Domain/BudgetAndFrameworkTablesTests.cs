using SendPlatform.InclusionDashboard.Domain.Figures;
using SendPlatform.InclusionDashboard.Domain.Periods;

namespace SendPlatform.InclusionDashboard.Tests.Domain;

public sealed class BudgetAndFrameworkTablesTests
{
    [Fact]
    public void An_academic_year_touches_two_financial_years_and_a_month_one()
    {
        Assert.Equal(["2026-27", "2027-28"], Period.AcademicYear(2026).FinancialYears.Select(y => y.ToString()));
        Assert.Equal(["2027-28"], Period.Month(2027, 4).FinancialYears.Select(y => y.ToString()));
        Assert.Equal(["2026-27"], Period.Month(2027, 3).FinancialYears.Select(y => y.ToString()));
    }

    [Fact]
    public void The_budget_is_shown_per_year_and_tier_in_pounds_with_its_total_and_how_many_LAs_set_one()
    {
        var tables = ApBudgetTables.Build(
        [
            new("2026-27", "TargetedSupport", 100_000m, 2),
            new("2026-27", "TimeLimited", 250_000.5m, 2),
            new("2027-28", "Transitional", 80_000m, 1),
        ], [new("2026-27", "TimeLimited", 12_345.67m, 1)], Period.AcademicYear(2026));
        var table = tables[0];
        Assert.Equal(["2026_27", "2027_28"], table.Rows.Select(r => r.Id));
        Assert.Equal(["100000.00", "250000.50", "0.00", "2"], table.Rows[0].Values);
        Assert.Equal("350000.50", table.Rows[0].Total);
        Assert.Equal(["0.00", "0.00", "80000.00", "1"], table.Rows[1].Values);
        Assert.Equal("ApBudgetSet", table.SourceEvent);
        Assert.Equal(("ap_budget_committed", "ApCommitmentsChanged"), (tables[1].Id, tables[1].SourceEvent));
        Assert.Equal(["0.00", "12345.67", "0.00", "1"], tables[1].Rows[0].Values);
        Assert.Equal(["0.00", "0.00", "0.00", "0"], tables[1].Rows[1].Values);
    }

    [Fact]
    public void The_framework_in_force_is_the_latest_version_priced_from_the_periods_last_day_or_before()
    {
        PublishedFramework[] published =
        [
            new("2026-27.v1", "2026-27", 1, new DateOnly(2026, 4, 1)),
            new("2026-27.v2", "2026-27", 2, new DateOnly(2026, 10, 1)),
        ];
        Assert.Equal(["2026-27.v1", "1", "2026-04-01"], FrameworkTables.Build(published, Period.Month(2026, 9)).Rows.Single().Values);
        Assert.Equal(["2026-27.v2", "2", "2026-10-01"], FrameworkTables.Build(published, Period.Month(2026, 10)).Rows.Single().Values);
        // The academic year: 2026-27 as of its last day (31 March 2027), and nothing yet for 2027-28.
        var year = FrameworkTables.Build(published, Period.AcademicYear(2026));
        Assert.Equal(["2026-27.v2", "2", "2026-10-01"], year.Rows[0].Values);
        Assert.Equal(["x", "x", "x"], year.Rows[1].Values);
        Assert.All(year.Rows, r => Assert.Equal("", r.Total));
    }
}
