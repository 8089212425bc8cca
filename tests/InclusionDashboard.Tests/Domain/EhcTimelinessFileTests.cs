using SendPlatform.InclusionDashboard.Domain.Figures;
using SendPlatform.InclusionDashboard.Domain.Geography;

namespace SendPlatform.InclusionDashboard.Tests.Domain;

public sealed class EhcTimelinessFileTests
{
    // Knowsley (340): 30 plans without an exception (12 within 20 weeks, 15 within 52, 3 after; 900 weeks in all) and
    // 6 with one (2, 3, 1; 216 weeks). Liverpool (341), in the same region: 3 within 20 weeks (45 weeks).
    private static readonly Dictionary<string, (IssueBands, IssueBands)> Plans = new()
    {
        ["340"] = (new IssueBands(12, 15, 3, 900 * 7), new IssueBands(2, 3, 1, 216 * 7)),
        ["341"] = (new IssueBands(3, 0, 0, 45 * 7), IssueBands.None),
    };

    private static Dictionary<string, string[]> Rows(Func<Area, bool> seesInFull) =>
        EhcTimelinessFile.Build(2026, Plans, seesInFull).ToDictionary(r => r.Area.Code, r => r.Values.ToArray());

    [Fact]
    public void Every_area_has_a_row_with_the_data_sets_indicators_equal_to_a_hand_count()
    {
        var rows = Rows(_ => true);
        Assert.Equal(1 + 9 + 153, rows.Count);
        // den, den_ex, within, within_ex, %, %_ex, 20-52, 20-52_ex, >52, >52_ex, average weeks, average weeks_ex.
        Assert.Equal(["36", "30", "14", "12", "38.9", "40.0", "18", "15", "4", "3", "31.0", "30.0"], rows["340"]);
        // North West adds Liverpool: 39 plans, 17 within 20 weeks, (900 + 216 + 45) / 39 weeks.
        Assert.Equal(["39", "33", "17", "15", "43.6", "45.5", "18", "15", "4", "3", "29.8", "28.6"], rows["E12000002"]);
        Assert.Equal(rows["E12000002"], rows[Area.EnglandCode]);
        // An LA with no plan: zeros, and no share or average to take.
        Assert.Equal(["0", "0", "0", "0", "x", "x", "0", "0", "0", "0", "x", "x"], rows["931"]);
    }

    [Fact]
    public void Rows_the_caller_may_not_see_in_full_withhold_small_counts_and_what_is_taken_from_them()
    {
        var rows = Rows(area => area.Code == "340");
        Assert.Equal("36", rows["340"][0]);
        // Liverpool's 3 are withheld, and with them its share and its average: its total is the 3 itself.
        Assert.Equal(["c", "c", "c", "c", "c", "c", "0", "0", "0", "0", "c", "c"], rows["341"]);
        // The region's plans with an exception (2, 3, 1) are small: each is withheld, with enough of the rest that none can be worked out.
        var region = rows["E12000002"];
        Assert.Equal("39", region[0]);
        Assert.Contains("c", region);
        Assert.DoesNotContain(region, v => v.Length == 0);
    }
}
