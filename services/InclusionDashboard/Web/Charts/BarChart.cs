using System.Globalization;

namespace SendPlatform.InclusionDashboard.Web.Charts;

/// <summary>
/// The geometry of a horizontal bar chart drawn as SVG from figures as shown ("c" and "x" included): each bar's
/// length against the largest figure, and the words for a bar that cannot be drawn. The data table beside the chart
/// carries the figures; the chart only makes them easier to compare.
/// </summary>
public sealed record BarChart(string Title, string Description, IReadOnlyList<BarChart.Bar> Bars)
{
    public const int LabelWidth = 260;
    public const int PlotWidth = 360;
    public const int BarHeight = 22;
    public const int Gap = 8;

    public sealed record Bar(string Label, string Figure, double Length, string? NotDrawn, int Top);

    public int Width => LabelWidth + PlotWidth + 60;

    public int Height => Math.Max(1, Bars.Count) * (BarHeight + Gap) + Gap;

    public static BarChart Of(string title, IEnumerable<(string Label, string Figure)> figures)
    {
        var list = figures.ToList();
        var numbers = list.Select(f => Number(f.Figure)).ToList();
        var largest = numbers.Where(n => n is not null).Select(n => n!.Value).DefaultIfEmpty(0).Max();
        var bars = list.Select((f, i) => new Bar(
            f.Label,
            f.Figure,
            numbers[i] is { } n && largest > 0 ? Math.Round((double)(n / largest) * PlotWidth, 1) : 0,
            NotDrawnBecause(f.Figure),
            Gap + i * (BarHeight + Gap))).ToList();
        var withheld = bars.Count(b => b.NotDrawn is not null);
        var description = $"{bars.Count} bars, the longest {Format(largest)}." +
            (withheld > 0 ? $" {withheld} not drawn: withheld (c) or not available (x)." : "") +
            " The table that follows has every figure.";
        return new BarChart(title, description, bars);
    }

    /// <summary>Whether there is anything to draw: a table whose rows have no totals (parts of no whole, or not figures) gets no chart.</summary>
    public static bool HasAnyFigure(IEnumerable<string> figures) => figures.Any(f => Number(f) is not null);

    private static decimal? Number(string figure) =>
        decimal.TryParse(figure, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static string? NotDrawnBecause(string figure) => figure switch
    {
        "c" => "withheld (c)",
        "x" => "not available (x)",
        _ => Number(figure) is null ? "not a number" : null,
    };

    private static string Format(decimal n) => n.ToString("0.##", CultureInfo.InvariantCulture);
}
