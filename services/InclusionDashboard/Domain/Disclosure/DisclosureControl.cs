namespace SendPlatform.InclusionDashboard.Domain.Disclosure;

/// <summary>
/// DfE's published-statistics practice for counts of children: a count of 1 to 4 is suppressed (shown "c"), and
/// then, wherever a row or column with its total has exactly one suppressed cell (which subtraction would reveal),
/// the smallest other cell in it is suppressed too, until none has; a zero is chosen only when nothing else is left,
/// since a zero discloses nothing but protects less. Written here: no .NET library applies statistical disclosure
/// control (DfE and ONS use R and SAS tools).
/// </summary>
public static class DisclosureControl
{
    public const string Suppressed = "c";

    public static bool IsPrimary(long count) => count is >= 1 and <= 4;

    /// <summary>
    /// Which cells of the grid (totals included) are withheld. <paramref name="alreadySuppressed"/> carries cells
    /// another table has withheld for the same figures, so the two never disclose each other.
    /// </summary>
    public static bool[,] Suppress(CountGrid grid, Func<int, int, bool>? alreadySuppressed = null)
    {
        var suppressed = new bool[grid.Rows, grid.Columns];
        for (var r = 0; r < grid.Rows; r++)
        {
            for (var c = 0; c < grid.Columns; c++)
            {
                suppressed[r, c] = IsPrimary(grid[r, c]) || alreadySuppressed?.Invoke(r, c) == true;
            }
        }
        var equations = grid.Equations().ToList();
        bool changed;
        do
        {
            changed = false;
            foreach (var equation in equations)
            {
                if (equation.Count(cell => suppressed[cell.Row, cell.Column]) != 1) continue;
                var candidates = equation.Where(cell => !suppressed[cell.Row, cell.Column]).ToList();
                if (candidates.Count == 0) continue;
                var (row, column) = candidates.OrderBy(cell => grid[cell.Row, cell.Column] == 0 ? 1 : 0).ThenBy(cell => grid[cell.Row, cell.Column])
                    .ThenBy(cell => cell.Row).ThenBy(cell => cell.Column).First();
                suppressed[row, column] = true;
                changed = true;
            }
        }
        while (changed);
        return suppressed;
    }
}
