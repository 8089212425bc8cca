using SendPlatform.InclusionDashboard.Domain.Disclosure;
using SendPlatform.SharedKernel.Identifiers;

namespace SendPlatform.InclusionDashboard.Domain.Figures;

/// <summary>
/// The movement tables of a summary: movements by SEN provision, deletions by ground, and movements by primary need.
/// The tables share figures (the deletions row is the grounds' total row; each movement's total is the same in the
/// first and third), so they are suppressed together (<see cref="TableSet"/>).
/// </summary>
public static class MovementTables
{
    public const string SourceEvent = "PupilMoved";
    private const string NoNeed = "";

    public static IReadOnlyList<FigureTable> Build(IReadOnlyList<MovementTally> tallies, bool withhold)
    {
        var provisions = SenProvisions.All.Select(p => p.Code).ToList();
        var grounds = DeletionGroundLabels.All.Select(g => g.Code)
            .Concat(tallies.Where(t => t.EventType == "Deletion").Select(t => t.DeletionGround).Distinct().Order(StringComparer.Ordinal))
            .Where(g => g != DeletionGroundLabels.NotRecorded).Distinct().Append(DeletionGroundLabels.NotRecorded).ToList();
        var needs = PrimaryNeeds.All.Select(n => n.Code)
            .Concat(tallies.Select(t => t.PrimaryNeed).Distinct().Order(StringComparer.Ordinal)).Where(n => n != NoNeed).Distinct().Append(NoNeed).ToList();
        var kinds = MovementKinds.All;
        var rowOf = kinds.Select((k, r) => (k.EventType, r)).ToDictionary(k => k.EventType, k => k.r);
        var deletionRow = rowOf["Deletion"];

        var byProvision = new CountGrid(Cells(kinds.Count, provisions.Count, tallies, t => rowOf.GetValueOrDefault(t.EventType, -1), t => provisions.IndexOf(t.SenProvision)), columnTotals: false);
        var byGround = new CountGrid(Cells(grounds.Count, provisions.Count, tallies.Where(t => t.EventType == "Deletion"),
            t => grounds.IndexOf(t.DeletionGround), t => provisions.IndexOf(t.SenProvision)), columnTotals: true);
        var byNeed = new CountGrid(Cells(kinds.Count, needs.Count, tallies, t => rowOf.GetValueOrDefault(t.EventType, -1), t => needs.IndexOf(t.PrimaryNeed)), columnTotals: false);

        var noneWithheld = new[] { byProvision, byGround, byNeed }.Select(g => new bool[g.Rows, g.Columns]).ToList();
        var masks = withhold
            ? TableSet.Suppress([byProvision, byGround, byNeed],
            [
                .. Enumerable.Range(0, byProvision.Columns).Select(c => new SharedCell(0, deletionRow, c, 1, byGround.DataRows, c)),
                .. Enumerable.Range(0, kinds.Count).Select(r => new SharedCell(0, r, byProvision.DataColumns, 2, r, byNeed.DataColumns)),
            ])
            : noneWithheld;
        var (provisionMask, groundMask, needMask) = (masks[0], masks[1], masks[2]);

        var suspensions = rowOf["Suspension"];
        var days = provisions.Select(p => tallies.Where(t => t.EventType == "Suspension" && t.SenProvision == p).Sum(t => t.Days)).ToList();
        var provisionRows = kinds.Select((k, r) => FigureRows.Of(k.Id, k.Label, k.Definition, byProvision, provisionMask, r)).ToList();
        provisionRows.Insert(suspensions + 1, new FigureRow("suspension_days", "Suspension days", "School days of suspension recorded; withheld wherever the suspensions they add up are.",
            [.. days.Select((d, c) => provisionMask[suspensions, c] ? DisclosureControl.Suppressed : d.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            provisionMask[suspensions, byProvision.DataColumns] ? DisclosureControl.Suppressed : days.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture)));

        return
        [
            new("movements_by_sen_provision", "Movements by SEN provision",
                "Movements recorded with an effective date in the period, in the LA responsible for the pupil (for a setting: those naming it as the " +
                "setting left or joined), by the pupil's SEN provision when recorded.",
                SourceEvent, [.. SenProvisions.All.Select(p => p.Label)], provisionRows),
            new("deletions_by_ground", "Deletions from roll by ground",
                "Deletions from a register with an effective date in the period, by the ground the school gave and the pupil's SEN provision; the last row is all deletions.",
                SourceEvent, [.. SenProvisions.All.Select(p => p.Label)],
                [
                    .. grounds.Select((g, r) => FigureRows.Of(g == DeletionGroundLabels.NotRecorded ? "not_recorded" : g.ToLowerInvariant(), DeletionGroundLabels.LabelOf(g), "", byGround, groundMask, r)),
                    FigureRows.Of("all_deletions", "All deletions", "", byGround, groundMask, byGround.DataRows),
                ]),
            new("movements_by_primary_need", "Movements by primary need",
                "Movements recorded with an effective date in the period, by the pupil's primary need when recorded (pupils with SEN); \"None recorded\" includes every pupil without SEN.",
                SourceEvent, [.. needs.Select(n => n == NoNeed ? "None recorded" : n)],
                [.. kinds.Select((k, r) => FigureRows.Of(k.Id, k.Label, k.Definition, byNeed, needMask, r))]),
        ];
    }

    private static long[,] Cells(int rows, int columns, IEnumerable<MovementTally> tallies, Func<MovementTally, int> row, Func<MovementTally, int> column)
    {
        var cells = new long[rows, columns];
        foreach (var tally in tallies)
        {
            // A movement type this dashboard does not show yet, or a provision outside the census codes, is kept in
            // the database and shown once it is described here.
            if (row(tally) is var r and >= 0 && column(tally) is var c and >= 0) cells[r, c] += tally.Count;
        }
        return cells;
    }
}
