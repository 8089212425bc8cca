using SendPlatform.InclusionDashboard.Domain.Figures;

namespace SendPlatform.InclusionDashboard.Tests.Domain;

public sealed class NotInSchoolTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    private static StatusIntervals.Point P(string date, string status, int minute = 0, string la = "931") =>
        new(DateOnly.Parse(date), At.AddMinutes(minute), status, la);

    [Fact]
    public void Spells_not_in_school_run_from_a_status_to_the_next_whatever_order_the_points_came_in()
    {
        var spells = StatusIntervals.Of([P("2026-11-02", "OnRoll"), P("2026-10-05", "Ehe"), P("2026-09-01", "OnRoll"), P("2026-12-01", "MissingEducation")]);
        Assert.Equal(
        [
            new StatusIntervals.Interval(new DateOnly(2026, 10, 5), new DateOnly(2026, 11, 2), "Ehe", "931"),
            new StatusIntervals.Interval(new DateOnly(2026, 12, 1), null, "MissingEducation", "931"),
        ], spells);
    }

    [Fact]
    public void On_one_date_the_status_recorded_last_holds()
    {
        var spells = StatusIntervals.Of([P("2026-10-05", "OnRoll", minute: 5), P("2026-10-05", "Ehe", minute: 1)]);
        Assert.Empty(spells);
        Assert.Equal("Eotas", Assert.Single(StatusIntervals.Of([P("2026-10-05", "OnRoll", 1), P("2026-10-05", "Eotas", 5)])).Status);
    }

    [Fact]
    public void The_table_counts_each_status_with_the_total_and_withholds_small_counts()
    {
        var full = NotInSchoolTables.Build(new Dictionary<string, long> { ["Ehe"] = 12, ["MissingEducation"] = 3 }, withhold: false);
        Assert.Equal(["12", "0", "3", "0", "15"], full.Rows.Select(r => r.Values.Single()));
        var withheld = NotInSchoolTables.Build(new Dictionary<string, long> { ["Ehe"] = 12, ["MissingEducation"] = 3 }, withhold: true);
        Assert.Equal("c", withheld.Rows.Single(r => r.Id == "missing_education").Values.Single());
        Assert.Equal(2, withheld.Rows.Count(r => r.Values.Single() == "c"));
    }
}
