using SendPlatform.InclusionDashboard.Domain.Figures;

namespace SendPlatform.InclusionDashboard.Tests.Domain;

public sealed class TailoredListTablesTests
{
    [Fact]
    public void Lists_split_by_their_first_suggestion_with_resourced_provision_as_mainstream_and_the_share_of_all_drawn()
    {
        var table = TailoredListTables.Build([new("MAINSTREAM", 30), new("RESOURCED_PROVISION", 6), new("STATE_SPECIAL", 10), new("NONE", 14)], withhold: false);
        var row = table.Rows.Single();
        Assert.Equal(["36", "10", "14", "60.0"], row.Values);
        Assert.Equal("60", row.Total);
    }

    [Fact]
    public void Withheld_the_share_goes_with_the_counts_it_is_taken_from_and_none_drawn_has_no_share()
    {
        var withheld = TailoredListTables.Build([new("MAINSTREAM", 3), new("STATE_SPECIAL", 20)], withhold: true).Rows.Single();
        Assert.Equal("c", withheld.Values[0]);
        Assert.Equal("c", withheld.Values[3]);
        Assert.Equal(["0", "0", "0", "x"], TailoredListTables.Build([], withhold: true).Rows.Single().Values);
    }
}
