using SendPlatform.InclusionDashboard.Domain.Disclosure;

namespace SendPlatform.InclusionDashboard.Domain.Figures;

/// <summary>Children of no school's roll on the period's last day, by status, with their total; under disclosure control when withheld.</summary>
public static class NotInSchoolTables
{
    public const string SourceEvent = "PupilMoved";

    public static FigureTable Build(IReadOnlyDictionary<string, long> byStatus, bool withhold)
    {
        var statuses = StatusIntervals.NotInSchool;
        var cells = new long[statuses.Count, 1];
        for (var r = 0; r < statuses.Count; r++) cells[r, 0] = byStatus.GetValueOrDefault(statuses[r].Status);
        var grid = new CountGrid(cells, columnTotals: true, rowTotals: false);
        var mask = withhold ? DisclosureControl.Suppress(grid) : new bool[grid.Rows, grid.Columns];
        return new FigureTable("children_not_in_school", "Children not in school at the period's end",
            "Children the LA is responsible for who, on the period's last day, were on no school's roll, by the status their latest movement to then " +
            "left them in (as pupil-movements' register of children not in school records it); each child is counted once, by a keyed hash, never by UPN.",
            SourceEvent,
            ["Children"],
            [
                .. statuses.Select((s, r) => FigureRows.Of(s.Id, s.Label, "", grid, mask, r)),
                FigureRows.Of("all_not_in_school", "All children not in school", "", grid, mask, grid.DataRows),
            ]);
    }
}
