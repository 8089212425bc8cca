using System.Globalization;
using SendPlatform.InclusionDashboard.Domain.Disclosure;

namespace SendPlatform.InclusionDashboard.Domain.Figures;

/// <summary>A grid's row as shown: each figure as text, or "c" where the mask withholds it; no total when the columns are not parts of a whole.</summary>
public static class FigureRows
{
    public static FigureRow Of(string id, string label, string definition, CountGrid grid, bool[,] mask, int row) =>
        new(id, label, definition, [.. Enumerable.Range(0, grid.DataColumns).Select(c => Text(grid, mask, row, c))],
            grid.HasRowTotals ? Text(grid, mask, row, grid.DataColumns) : "");

    public static string Text(CountGrid grid, bool[,] mask, int row, int column) =>
        mask[row, column] ? DisclosureControl.Suppressed : grid[row, column].ToString(CultureInfo.InvariantCulture);
}
