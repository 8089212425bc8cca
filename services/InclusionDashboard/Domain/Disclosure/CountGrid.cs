namespace SendPlatform.InclusionDashboard.Domain.Disclosure;

/// <summary>
/// Counts in rows and columns with, when the columns are parts of one whole (a movement by SEN provision), each row's
/// total in a last column and, when the rows are (the grounds of all deletions), each column's total in a last row.
/// The totals are what a reader could subtract from, so they are what disclosure control has to protect against.
/// </summary>
public sealed class CountGrid
{
    private readonly long[,] _values;

    public CountGrid(long[,] cells, bool columnTotals, bool rowTotals = true)
    {
        DataRows = cells.GetLength(0);
        DataColumns = cells.GetLength(1);
        HasColumnTotals = columnTotals;
        HasRowTotals = rowTotals;
        _values = new long[DataRows + (columnTotals ? 1 : 0), DataColumns + 1];
        for (var r = 0; r < DataRows; r++)
        {
            for (var c = 0; c < DataColumns; c++)
            {
                if (cells[r, c] < 0) throw new ArgumentOutOfRangeException(nameof(cells), "Counts are never negative.");
                _values[r, c] = cells[r, c];
                _values[r, DataColumns] += cells[r, c];
                if (columnTotals)
                {
                    _values[DataRows, c] += cells[r, c];
                    _values[DataRows, DataColumns] += cells[r, c];
                }
            }
        }
    }

    public int DataRows { get; }
    public int DataColumns { get; }
    public bool HasColumnTotals { get; }
    public bool HasRowTotals { get; }

    /// <summary>Rows including the total row, if any.</summary>
    public int Rows => _values.GetLength(0);

    /// <summary>Columns including the total column (kept, and never shown or summed, when the columns are not parts of a whole).</summary>
    public int Columns => HasRowTotals ? _values.GetLength(1) : DataColumns;

    public long this[int row, int column] => _values[row, column];

    /// <summary>
    /// Every set of cells a reader knows adds up: with row totals, each row with its total; with column totals, each
    /// column with its total (the total column included, which adds up to the grand total).
    /// </summary>
    public IEnumerable<(int Row, int Column)[]> Equations()
    {
        if (HasRowTotals)
        {
            for (var r = 0; r < Rows; r++) yield return [.. Enumerable.Range(0, Columns).Select(c => (r, c))];
        }
        if (!HasColumnTotals) yield break;
        for (var c = 0; c < Columns; c++) yield return [.. Enumerable.Range(0, Rows).Select(r => (r, c))];
    }
}
