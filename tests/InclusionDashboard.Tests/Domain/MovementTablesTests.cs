using SendPlatform.InclusionDashboard.Domain.Disclosure;
using SendPlatform.InclusionDashboard.Domain.Figures;

namespace SendPlatform.InclusionDashboard.Tests.Domain;

public sealed class MovementTablesTests
{
    private static readonly MovementTally[] Tallies =
    [
        new("Admission", "E", "ASD", "", 12, 0),
        new("Admission", "K", "SEMH", "", 30, 0),
        new("Admission", "N", "", "", 240, 0),
        new("Deletion", "E", "ASD", "MOVED_AWAY", 3, 0),
        new("Deletion", "K", "SLCN", "REGISTERED_AT_ANOTHER_SCHOOL", 9, 0),
        new("Deletion", "N", "", "REGISTERED_AT_ANOTHER_SCHOOL", 150, 0),
        new("Deletion", "N", "", "MOVED_AWAY", 40, 0),
        new("Suspension", "K", "SEMH", "", 7, 15),
        new("Suspension", "N", "", "", 2, 3),
    ];

    private static FigureRow RowOf(IReadOnlyList<FigureTable> tables, string table, string row) => tables.Single(t => t.Id == table).Rows.Single(r => r.Id == row);

    [Fact]
    public void In_full_every_figure_is_the_count_split_by_provision_ground_and_need()
    {
        var tables = MovementTables.Build(Tallies, withhold: false);
        Assert.Equal(["12", "30", "240"], RowOf(tables, "movements_by_sen_provision", "admissions").Values);
        Assert.Equal("282", RowOf(tables, "movements_by_sen_provision", "admissions").Total);
        Assert.Equal(["0", "15", "3"], RowOf(tables, "movements_by_sen_provision", "suspension_days").Values);
        Assert.Equal(["0", "9", "150"], RowOf(tables, "deletions_by_ground", "registered_at_another_school").Values);
        Assert.Equal("202", RowOf(tables, "deletions_by_ground", "all_deletions").Total);
        Assert.Equal("202", RowOf(tables, "movements_by_sen_provision", "deletions").Total);
        var byNeed = tables.Single(t => t.Id == "movements_by_primary_need");
        Assert.Equal("12", RowOf(tables, "movements_by_primary_need", "admissions").Values[byNeed.Columns.ToList().IndexOf("ASD")]);
        Assert.Equal("240", RowOf(tables, "movements_by_primary_need", "admissions").Values[byNeed.Columns.ToList().IndexOf("None recorded")]);
        Assert.DoesNotContain(tables.SelectMany(t => t.Rows).SelectMany(r => r.Values.Append(r.Total)), v => v == DisclosureControl.Suppressed);
    }

    [Fact]
    public void Withheld_small_counts_and_their_complements_are_c_and_suspension_days_follow_their_suspensions()
    {
        var tables = MovementTables.Build(Tallies, withhold: true);
        var deletions = RowOf(tables, "movements_by_sen_provision", "deletions");
        Assert.Equal("c", deletions.Values[0]);
        Assert.Equal("c", deletions.Values[1]);
        Assert.Equal("190", deletions.Values[2]);
        var suspensions = RowOf(tables, "movements_by_sen_provision", "suspensions");
        var days = RowOf(tables, "movements_by_sen_provision", "suspension_days");
        Assert.Equal(suspensions.Values.Select(v => v == "c"), days.Values.Select(v => v == "c"));
        Assert.Equal("c", suspensions.Values[2]);
    }

    [Fact]
    public void A_figure_withheld_in_one_table_is_withheld_wherever_it_appears_again()
    {
        var tables = MovementTables.Build(Tallies, withhold: true);
        var deletions = RowOf(tables, "movements_by_sen_provision", "deletions");
        var allDeletions = RowOf(tables, "deletions_by_ground", "all_deletions");
        Assert.Equal(deletions.Values, allDeletions.Values);
        Assert.Equal(deletions.Total, allDeletions.Total);
        foreach (var kind in MovementKinds.All)
        {
            Assert.Equal(RowOf(tables, "movements_by_sen_provision", kind.Id).Total, RowOf(tables, "movements_by_primary_need", kind.Id).Total);
        }
    }

    [Fact]
    public void Nothing_recorded_shows_zeros_not_gaps()
    {
        var tables = MovementTables.Build([], withhold: true);
        Assert.All(tables.SelectMany(t => t.Rows), r => Assert.All(r.Values.Append(r.Total), v => Assert.Equal("0", v)));
    }
}
