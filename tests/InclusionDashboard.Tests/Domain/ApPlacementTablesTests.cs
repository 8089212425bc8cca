using SendPlatform.InclusionDashboard.Domain.Figures;

namespace SendPlatform.InclusionDashboard.Tests.Domain;

public sealed class ApPlacementTablesTests
{
    private static readonly ApPlacementTally[] Tallies =
    [
        new("TargetedSupport", "Started", 40),
        new("TimeLimited", "Started", 25),
        new("Transitional", "Started", 8),
        new("TimeLimited", "ReturnedToHomeSchool", 12),
        new("TimeLimited", "MovedToAnotherSchool", 2),
        new("Transitional", "Post16Eet", 6),
        new("Transitional", "SomethingNew", 1),
    ];

    private static FigureRow Row(IReadOnlyList<FigureTable> tables, string table, string row) => tables.Single(t => t.Id == table).Rows.Single(r => r.Id == row);

    [Fact]
    public void Starts_and_ends_by_tier_and_ends_by_outcome_add_up_with_an_unknown_outcome_under_other()
    {
        var tables = ApPlacementTables.Build(Tallies, withhold: false);
        Assert.Equal(["40", "25", "8"], Row(tables, "ap_placements_by_tier", "started").Values);
        Assert.Equal(["0", "14", "7"], Row(tables, "ap_placements_by_tier", "ended").Values);
        Assert.Equal("21", Row(tables, "ap_placements_by_tier", "ended").Total);
        Assert.Equal(["0", "0", "1"], Row(tables, "ap_placements_ended_by_outcome", "other").Values);
        Assert.Equal(["0", "14", "7"], Row(tables, "ap_placements_ended_by_outcome", "all_ended").Values);
    }

    [Fact]
    public void Withheld_the_ended_row_and_the_outcomes_total_row_hide_the_same_cells()
    {
        var tables = ApPlacementTables.Build(Tallies, withhold: true);
        var ended = Row(tables, "ap_placements_by_tier", "ended");
        Assert.Equal(ended.Values, Row(tables, "ap_placements_ended_by_outcome", "all_ended").Values);
        Assert.Equal(ended.Total, Row(tables, "ap_placements_ended_by_outcome", "all_ended").Total);
        Assert.Equal("c", Row(tables, "ap_placements_ended_by_outcome", "moved_to_another_school").Values[1]);
        Assert.Equal(["40", "25", "8"], Row(tables, "ap_placements_by_tier", "started").Values);
    }
}
