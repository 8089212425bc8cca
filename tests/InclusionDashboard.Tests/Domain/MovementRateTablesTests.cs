using SendPlatform.InclusionDashboard.Domain.Figures;
using SendPlatform.InclusionDashboard.Domain.Periods;

namespace SendPlatform.InclusionDashboard.Tests.Domain;

public sealed class MovementRateTablesTests
{
    private static readonly FigureTable Movements = new("movements_by_sen_provision", "Movements by SEN provision", "", "PupilMoved", ["EHC plan", "SEN support", "No SEN"],
    [
        new("admissions", "Admissions", "", ["10", "20", "95"], "125"),
        new("suspensions", "Suspensions", "", ["c", "c", "9"], "12"),
        new("suspension_days", "Suspension days", "", ["c", "c", "20"], "31"),
        new("permanent_exclusions", "Permanent exclusions", "", ["c", "0", "c"], "c"),
    ]);

    [Fact]
    public void Each_movement_is_a_rate_per_1000_pupils_withheld_with_its_count_and_days_have_none()
    {
        var table = MovementRateTables.Build(Movements, 80_000, Period.Month(2027, 1));

        Assert.Equal([("admissions", "1.56"), ("suspensions", "0.15"), ("permanent_exclusions", "c")], table.Rows.Select(r => (r.Id, r.Values.Single())));
        Assert.Contains("2026-27 (80,000 pupils", table.Definition);
    }

    [Fact]
    public void Without_a_headcount_every_rate_is_not_available()
    {
        var table = MovementRateTables.Build(Movements, null, Period.AcademicYear(2026));
        Assert.Equal(["x", "x", "c"], table.Rows.Select(r => r.Values.Single()));
    }
}
