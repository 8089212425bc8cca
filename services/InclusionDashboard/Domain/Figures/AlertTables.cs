using System.Globalization;
using SendPlatform.InclusionDashboard.Domain.Disclosure;
using SendPlatform.InclusionDashboard.Domain.Periods;

namespace SendPlatform.InclusionDashboard.Domain.Figures;

/// <summary>
/// Oversight alerts by type: raised and resolved in the period, open and overdue (open past the day it was due by) at
/// the period's last day, and the median days from raised to resolved of those resolved in it. The types add up to
/// the all-alerts row; the columns are different measures, so a row has no total. A median rests on the resolved
/// alerts it is taken over: it is withheld with their count, and "x" when there are none.
/// </summary>
public static class AlertTables
{
    public const string NotAvailable = "x";

    private static readonly (string Type, string Id, string Label)[] Types =
    [
        ("DeletedToUnknownDestination", "deleted_to_unknown_destination", "Deleted to an unknown destination"),
        ("LateNotification", "late_notification", "Movement notified late"),
        ("EhcPlanLeftWithoutDestination", "ehc_plan_left_without_destination", "Pupil with an EHC plan left with no destination"),
        ("OverdueApPlacement", "overdue_ap_placement", "Time-limited AP placement past its planned end"),
        ("MissingEducation", "missing_education", "Pupil missing education"),
        ("OffRollingSignal", "off_rolling_signal", "Setting's removals of pupils with SEN out of line"),
    ];

    private static readonly string[] Columns = ["Raised", "Resolved", "Open at the end", "Overdue at the end", "Median days to resolve"];

    public static FigureTable Build(IReadOnlyList<AlertFact> alerts, Period period, bool withhold)
    {
        var types = Types.Select(t => t.Type).Concat(alerts.Select(a => a.Type).Distinct().Order(StringComparer.Ordinal)).Distinct().ToList();
        var cells = new long[types.Count, 4];
        var daysToResolve = types.Select(_ => new List<int>()).ToList();
        var inPeriod = (DateOnly? day) => day is { } d && d >= period.Start && d <= period.End;
        foreach (var alert in alerts)
        {
            var row = types.IndexOf(alert.Type);
            var open = alert.RaisedOn <= period.End && !(alert.ResolvedOn <= period.End);
            if (inPeriod(alert.RaisedOn)) cells[row, 0]++;
            if (inPeriod(alert.ResolvedOn))
            {
                cells[row, 1]++;
                if (alert.RaisedOn is { } raised) daysToResolve[row].Add(alert.ResolvedOn!.Value.DayNumber - raised.DayNumber);
            }
            if (open) cells[row, 2]++;
            if (open && alert.DueBy < period.End) cells[row, 3]++;
        }
        var grid = new CountGrid(cells, columnTotals: true, rowTotals: false);
        var mask = withhold ? DisclosureControl.Suppress(grid) : new bool[grid.Rows, grid.Columns];
        var allDays = daysToResolve.SelectMany(d => d).ToList();
        var rows = types.Select((t, r) => WithMedian(FigureRows.Of(IdOf(t), LabelOf(t), "", grid, mask, r), mask[r, 1], daysToResolve[r])).ToList();
        rows.Add(WithMedian(FigureRows.Of("all_alerts", "All alerts", "", grid, mask, grid.DataRows), mask[grid.DataRows, 1], allDays));
        return new FigureTable("oversight_alerts", "Oversight alerts by type",
            "Alerts pupil-movements raised for the LA: raised and resolved in the period; open, and overdue against the date each was due by, on its last day; "
            + "the median whole days from raised to resolved of those resolved in it.",
            "OversightAlertRaised, OversightAlertAcknowledged, OversightAlertResolved", Columns, rows);
    }

    private static FigureRow WithMedian(FigureRow row, bool resolvedWithheld, List<int> days) =>
        row with { Values = [.. row.Values, resolvedWithheld ? DisclosureControl.Suppressed : days.Count == 0 ? NotAvailable : Median(days)] };

    private static string Median(List<int> days)
    {
        days.Sort();
        var middle = days.Count / 2;
        var median = days.Count % 2 == 1 ? days[middle] : (days[middle - 1] + days[middle]) / 2.0;
        return median.ToString("0.#", CultureInfo.InvariantCulture);
    }

    private static string IdOf(string type) => Types.FirstOrDefault(t => t.Type == type).Id ?? type;

    private static string LabelOf(string type) => Types.FirstOrDefault(t => t.Type == type).Label ?? type;
}
