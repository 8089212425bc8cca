using SendPlatform.InclusionDashboard.Domain.Disclosure;

namespace SendPlatform.InclusionDashboard.Tests.Domain;

public sealed class DisclosureControlTests
{
    private static bool[,] Suppress(long[,] cells, bool columnTotals, out CountGrid grid)
    {
        grid = new CountGrid(cells, columnTotals);
        return DisclosureControl.Suppress(grid);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(4, true)]
    [InlineData(5, false)]
    public void Counts_of_1_to_4_are_withheld_and_0_and_5_are_not(long count, bool withheld) => Assert.Equal(withheld, DisclosureControl.IsPrimary(count));

    [Fact]
    public void A_single_small_cell_in_a_row_takes_the_next_smallest_with_it_so_the_total_does_not_reveal_it()
    {
        var mask = Suppress(new long[,] { { 3, 20, 9 } }, columnTotals: false, out _);
        Assert.True(mask[0, 0]);
        Assert.True(mask[0, 2]);
        Assert.False(mask[0, 1]);
        Assert.False(mask[0, 3]);
    }

    [Fact]
    public void A_zero_is_chosen_only_when_nothing_else_is_left()
    {
        var mask = Suppress(new long[,] { { 2, 0, 50 } }, columnTotals: false, out _);
        Assert.True(mask[0, 2]);
        Assert.False(mask[0, 1]);
        mask = Suppress(new long[,] { { 2, 0 } }, columnTotals: false, out _);
        // 2 and 0 add to a total of 2, itself withheld: two cells of the row are hidden, so neither can be worked out.
        Assert.True(mask[0, 0]);
        Assert.True(mask[0, 2]);
    }

    [Fact]
    public void With_column_totals_the_suppression_spreads_until_no_row_or_column_has_a_single_hidden_cell()
    {
        long[,] cells = { { 3, 40, 12 }, { 25, 8, 30 }, { 17, 60, 5 } };
        var mask = Suppress(cells, columnTotals: true, out var grid);
        AssertNothingDerivable(grid, mask);
        Assert.True(mask[0, 0]);
        Assert.True(mask[2, 2]);
    }

    [Fact]
    public void No_withheld_cell_can_be_worked_out_from_its_row_or_column_on_any_table()
    {
        var random = new Random(20261130);
        for (var run = 0; run < 500; run++)
        {
            var rows = random.Next(1, 8);
            var columns = random.Next(1, 6);
            var cells = new long[rows, columns];
            for (var r = 0; r < rows; r++)
                for (var c = 0; c < columns; c++)
                    cells[r, c] = random.Next(4) == 0 ? random.Next(0, 5) : random.Next(0, 40);
            var columnTotals = random.Next(2) == 0;
            var mask = Suppress(cells, columnTotals, out var grid);
            AssertNothingDerivable(grid, mask);
            for (var r = 0; r < grid.Rows; r++)
                for (var c = 0; c < grid.Columns; c++)
                    if (DisclosureControl.IsPrimary(grid[r, c])) Assert.True(mask[r, c], $"run {run}: a count of {grid[r, c]} at ({r},{c}) was shown");
        }
    }

    [Fact]
    public void Cells_another_table_withheld_stay_withheld_and_protected()
    {
        var grid = new CountGrid(new long[,] { { 30, 40, 50 } }, columnTotals: false);
        var mask = DisclosureControl.Suppress(grid, (r, c) => c == 3);
        Assert.True(mask[0, 3]);
        Assert.True(mask[0, 0]);
        AssertNothingDerivable(grid, mask);
    }

    private static void AssertNothingDerivable(CountGrid grid, bool[,] mask)
    {
        foreach (var equation in grid.Equations())
        {
            var hidden = equation.Count(cell => mask[cell.Row, cell.Column]);
            Assert.True(hidden != 1, $"a row or column with one hidden cell: {string.Join(", ", equation.Select(e => $"({e.Row},{e.Column})={grid[e.Row, e.Column]}{(mask[e.Row, e.Column] ? "c" : "")}"))}");
        }
    }
}
