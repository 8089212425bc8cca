using System.Globalization;
using SendPlatform.InclusionDashboard.Domain.Disclosure;
using SendPlatform.InclusionDashboard.Domain.Periods;

namespace SendPlatform.InclusionDashboard.Domain.Figures;

/// <summary>
/// The five outcomes of the AP performance framework, as ap-commissioning's scorecards define them, for the period's
/// school year: per outcome, the placements it applied to that met it and did not, and the percentage met. Outcomes
/// are reported by term, so a month shows its school year. The percentage is withheld wherever a count it is taken
/// from is. No RAG rating: the scorecards' thresholds are each deployment's own, not published national ones.
/// </summary>
public static class ApOutcomeTables
{
    public const string SourceEvent = "ApOutcomesAssessed";

    private static readonly (string Outcome, string Label, string Definition)[] Outcomes =
    [
        (ApOutcomeTally.EffectiveOutreach, "Effective outreach", "Targeted-support (tier 1) placements whose outreach achieved its outcome."),
        (ApOutcomeTally.ImprovedAttendance, "Improved attendance",
            "Placements whose attendance during the placement was above attendance before it, or good (as the scorecards set it) before and during."),
        (ApOutcomeTally.Reintegration, "Reintegration", "Placements ended by a return to school, where whether the return lasted two terms is known."),
        (ApOutcomeTally.AttainmentEnglishAndMaths, "Attainment in English and maths",
            "Placements making the expected scaled steps of progress in English and in maths, over their reports to the year's end."),
        (ApOutcomeTally.Post16Transitions, "Post-16 transitions", "Placements ended by a post-16 destination, where whether it lasted two terms is known."),
    ];

    public static FigureTable Build(IReadOnlyList<ApOutcomeTally> tallies, Period period, bool withhold)
    {
        var cells = new long[Outcomes.Length, 2];
        foreach (var tally in tallies)
        {
            var row = Array.FindIndex(Outcomes, o => o.Outcome == tally.Outcome);
            if (row < 0) continue;
            (cells[row, 0], cells[row, 1]) = (tally.Met, tally.NotMet);
        }
        // The same placement counts under several outcomes, so the rows are not parts of a whole: no column totals.
        var grid = new CountGrid(cells, columnTotals: false);
        var mask = withhold ? DisclosureControl.Suppress(grid) : new bool[grid.Rows, grid.Columns];
        var year = Period.AcademicYearOf(period.Start).Code;
        return new FigureTable("ap_outcomes", $"AP performance outcomes, {year}",
            $"AP placements with an outcome report for a term of the school year {year}, in the commissioning LA (for a setting: at it as the provider), each as its reports to the " +
            "year's end show it: per outcome of the AP performance framework, those it applies to that met it and did not; the total is all it " +
            "applies to, and the share is the percentage that met it (x when it applied to none).",
            SourceEvent, ["Met", "Not met", "Met, %"],
            [.. Outcomes.Select((o, r) =>
            {
                var row = FigureRows.Of(o.Outcome.ToLowerInvariant(), o.Label, o.Definition, grid, mask, r);
                var measured = grid[r, grid.DataColumns];
                var share = mask[r, 0] || mask[r, grid.DataColumns] ? DisclosureControl.Suppressed
                    : measured == 0 ? "x"
                    : Math.Round(100m * grid[r, 0] / measured, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture);
                return row with { Values = [.. row.Values, share] };
            })]);
    }
}
