using SendPlatform.InclusionDashboard.Domain.Figures;
using SendPlatform.InclusionDashboard.Domain.Periods;

namespace SendPlatform.InclusionDashboard.Tests.Domain;

public sealed class AlertTablesTests
{
    private static readonly Period November = Period.Month(2026, 11);

    private static AlertFact Alert(string type, string raised, string due, string? resolved = null) =>
        new(type, DateOnly.Parse(raised), DateOnly.Parse(due), resolved is null ? null : DateOnly.Parse(resolved));

    private static string[] Row(FigureTable table, string id) => [.. table.Rows.Single(r => r.Id == id).Values];

    [Fact]
    public void Raised_and_resolved_count_in_the_period_open_and_overdue_at_its_last_day_and_the_median_over_those_resolved()
    {
        AlertFact[] alerts =
        [
            Alert("LateNotification", "2026-10-20", "2026-10-27"),                 // raised before, open and overdue at the end
            Alert("LateNotification", "2026-11-02", "2026-11-09", "2026-11-05"),   // raised and resolved in it: 3 days
            Alert("LateNotification", "2026-11-10", "2026-12-10"),                 // open, not yet due
            Alert("LateNotification", "2026-11-20", "2026-11-27", "2026-11-29"),   // 9 days
            Alert("LateNotification", "2026-10-01", "2026-10-08", "2026-11-30"),   // raised before, resolved in it: 60 days
            Alert("LateNotification", "2026-11-25", "2026-11-30"),                 // due on the last day: open, not overdue
            Alert("LateNotification", "2026-12-01", "2026-12-08"),                 // after the period: nowhere
        ];
        var table = AlertTables.Build(alerts, November, withhold: false);
        Assert.Equal(["4", "3", "3", "1", "9"], Row(table, "late_notification"));
        Assert.Equal(["0", "0", "0", "0", "x"], Row(table, "missing_education"));
        Assert.Equal(["4", "3", "3", "1", "9"], Row(table, "all_alerts"));
        Assert.All(table.Rows, r => Assert.Equal("", r.Total));
    }

    [Fact]
    public void An_even_number_resolved_takes_the_mean_of_the_middle_two_and_one_resolved_before_its_raise_arrived_counts_as_resolved_only()
    {
        AlertFact[] alerts =
        [
            Alert("MissingEducation", "2026-11-02", "2026-11-16", "2026-11-03"),
            Alert("MissingEducation", "2026-11-02", "2026-11-16", "2026-11-04"),
            new("MissingEducation", null, null, new DateOnly(2026, 11, 20)),
        ];
        var table = AlertTables.Build(alerts, November, withhold: false);
        Assert.Equal(["2", "3", "0", "0", "1.5"], Row(table, "missing_education"));
    }

    [Fact]
    public void Withheld_the_small_counts_go_and_a_median_goes_with_its_resolved_count()
    {
        AlertFact[] alerts =
        [
            .. Enumerable.Range(0, 3).Select(_ => Alert("MissingEducation", "2026-11-02", "2026-11-16", "2026-11-05")),
            .. Enumerable.Range(0, 30).Select(_ => Alert("LateNotification", "2026-11-02", "2026-11-09", "2026-11-04")),
            .. Enumerable.Range(0, 12).Select(_ => Alert("DeletedToUnknownDestination", "2026-11-02", "2026-11-09", "2026-11-08")),
        ];
        var table = AlertTables.Build(alerts, November, withhold: true);
        Assert.Equal(["c", "c", "0", "0", "c"], Row(table, "missing_education"));
        // The all-alerts row would give the 3 away with the others shown, so the next smallest type goes too.
        Assert.Equal(["c", "c", "0", "0", "c"], Row(table, "deleted_to_unknown_destination"));
        Assert.Equal(["30", "30", "0", "0", "2"], Row(table, "late_notification"));
        Assert.Equal(["45", "45", "0", "0", "2"], Row(table, "all_alerts"));
    }
}
