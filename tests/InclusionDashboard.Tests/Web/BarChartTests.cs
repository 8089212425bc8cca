using SendPlatform.InclusionDashboard.Web.Charts;

namespace SendPlatform.InclusionDashboard.Tests.Web;

public sealed class BarChartTests
{
    [Fact]
    public void Bars_are_as_long_as_their_share_of_the_largest_figure_and_a_withheld_figure_is_said_not_drawn()
    {
        var chart = BarChart.Of("Movements", [("Admissions", "20"), ("Deletions", "5"), ("Suspensions", "c"), ("Median", "x"), ("None", "0")]);
        Assert.Equal([BarChart.PlotWidth, BarChart.PlotWidth / 4.0, 0, 0, 0], chart.Bars.Select(b => b.Length));
        Assert.Equal([null, null, "withheld (c)", "not available (x)", null], chart.Bars.Select(b => b.NotDrawn));
        Assert.Equal("5 bars, the longest 20. 2 not drawn: withheld (c) or not available (x). The table that follows has every figure.", chart.Description);
        Assert.Equal([8, 38, 68, 98, 128], chart.Bars.Select(b => b.Top));
        Assert.Equal(5 * (BarChart.BarHeight + BarChart.Gap) + BarChart.Gap, chart.Height);
    }

    [Fact]
    public void A_chart_of_nothing_but_withheld_figures_draws_no_bar()
    {
        var chart = BarChart.Of("Withheld", [("A", "c"), ("B", "c")]);
        Assert.All(chart.Bars, b => Assert.Equal(0, b.Length));
        Assert.StartsWith("2 bars, the longest 0. 2 not drawn", chart.Description);
    }
}
