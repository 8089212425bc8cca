using System.Globalization;
using SendPlatform.InclusionDashboard.Domain.Disclosure;

namespace SendPlatform.InclusionDashboard.Domain.Figures;

/// <summary>
/// Tailored lists drawn in the period, by whether the first (nearest suitable) suggestion is a mainstream school (a
/// mainstream school, or resourced provision within one), another type of setting, or none; and the share with a
/// mainstream first suggestion. The share is withheld wherever either count it is taken from is.
/// </summary>
public static class TailoredListTables
{
    public const string SourceEvent = "TailoredListDrawn";

    private static readonly IReadOnlySet<string> Mainstream = new HashSet<string>(["MAINSTREAM", "RESOURCED_PROVISION"], StringComparer.Ordinal);

    private static readonly string[] Columns = ["Mainstream first", "Another type first", "No setting suggested"];

    public static FigureTable Build(IReadOnlyList<TailoredListTally> tallies, bool withhold)
    {
        var cells = new long[1, 3];
        foreach (var tally in tallies)
            cells[0, tally.FirstProvisionType == TailoredListTally.NoSuggestion ? 2 : Mainstream.Contains(tally.FirstProvisionType) ? 0 : 1] += tally.Count;
        var grid = new CountGrid(cells, columnTotals: false);
        var mask = withhold ? DisclosureControl.Suppress(grid) : new bool[grid.Rows, grid.Columns];
        var row = FigureRows.Of("tailored_lists", "Tailored lists drawn", "", grid, mask, 0);
        var drawn = grid[0, grid.DataColumns];
        var share = mask[0, 0] || mask[0, grid.DataColumns] ? DisclosureControl.Suppressed
            : drawn == 0 ? "x"
            : (100m * grid[0, 0] / drawn).ToString("0.0", CultureInfo.InvariantCulture);
        return new FigureTable("tailored_lists", "Tailored lists drawn",
            "Lists of suitable settings an LA drew for a child in the period, by the type of the first (nearest suitable) suggestion: mainstream " +
            "(a mainstream school or resourced provision in one), another type, or none; the total is all lists drawn, and the share is the " +
            "percentage with a mainstream first suggestion (x when none was drawn).",
            SourceEvent,
            [.. Columns, "Mainstream-first share, %"],
            [row with { Values = [.. row.Values, share] }]);
    }
}
