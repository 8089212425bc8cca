using SendPlatform.InclusionDashboard.Domain.Disclosure;

namespace SendPlatform.InclusionDashboard.Domain.Figures;

/// <summary>
/// The AP tables of a summary: placements started and ended per tier, and ended placements by outcome (whose total
/// row is the first table's ended row, so the two are suppressed together).
/// </summary>
public static class ApPlacementTables
{
    private static readonly (string Code, string Id, string Label)[] Outcomes =
    [
        ("ReturnedToHomeSchool", "returned_to_home_school", "Returned to their home school"),
        ("MovedToAnotherSchool", "moved_to_another_school", "Moved to another school"),
        ("Post16Eet", "post_16", "Post-16 education, employment or training"),
        ("Other", "other", "Other"),
    ];

    public static IReadOnlyList<FigureTable> Build(IReadOnlyList<ApPlacementTally> tallies, bool withhold)
    {
        var tiers = ApTierColumns.All.Select(t => t.Code).ToList();
        var outcomes = Outcomes.Select(o => o.Code).ToList();
        var byTier = new long[2, tiers.Count];
        var byOutcome = new long[outcomes.Count, tiers.Count];
        foreach (var tally in tallies)
        {
            var column = tiers.IndexOf(tally.Tier);
            if (column < 0) continue;
            if (tally.Stage == ApPlacementTally.Started)
            {
                byTier[0, column] += tally.Count;
                continue;
            }
            byTier[1, column] += tally.Count;
            // An outcome ap-commissioning adds before it is described here still counts as ended, under "Other".
            var row = outcomes.IndexOf(tally.Stage);
            byOutcome[row < 0 ? outcomes.Count - 1 : row, column] += tally.Count;
        }
        var grids = new[] { new CountGrid(byTier, columnTotals: false), new CountGrid(byOutcome, columnTotals: true) };
        var masks = withhold
            ? TableSet.Suppress(grids, [.. Enumerable.Range(0, grids[0].Columns).Select(c => new SharedCell(0, 1, c, 1, grids[1].DataRows, c))])
            : [.. grids.Select(g => new bool[g.Rows, g.Columns])];
        var columns = ApTierColumns.All.Select(t => t.Label).ToList();
        return
        [
            new("ap_placements_by_tier", "AP placements started and ended by tier",
                "Placements in commissioned AP places starting, or ending, in the period, in the commissioning LA (for a setting: at it as the provider), by the tier of the AP service.",
                "ApPlacementStarted, ApPlacementEnded", columns,
                [
                    FigureRows.Of("started", "Started", "", grids[0], masks[0], 0),
                    FigureRows.Of("ended", "Ended", "", grids[0], masks[0], 1),
                ]),
            new("ap_placements_ended_by_outcome", "AP placements ended by outcome",
                "Placements ending in the period, by where the pupil went; the last row is all ended placements.",
                "ApPlacementEnded", columns,
                [
                    .. Outcomes.Select((o, r) => FigureRows.Of(o.Id, o.Label, "", grids[1], masks[1], r)),
                    FigureRows.Of("all_ended", "All ended", "", grids[1], masks[1], grids[1].DataRows),
                ]),
        ];
    }
}
