using Microsoft.AspNetCore.Mvc;
using SendPlatform.InclusionDashboard.Application;
using SendPlatform.InclusionDashboard.Web.Charts;

namespace SendPlatform.InclusionDashboard.Web.Pages;

/// <summary>One measure for an LA, month by month: by default the twelve months to this one.</summary>
public sealed class SeriesModel(ReadSeries series, TimeProvider clock) : DashboardPage
{
    [BindProperty(SupportsGet = true)]
    public string LaCode { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string Measure { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string From { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string To { get; set; } = "";

    public ReadSeries.Series? Series { get; private set; }

    public BarChart? Chart => Series is null ? null : BarChart.Of($"{Series.Measure.Label}, {Series.Area.Name}, by month", Series.Points.Select(p => (p.Month, p.Value)));

    public Task<IActionResult> OnGetAsync() => ShowAsync(async () =>
    {
        var v = new Violations();
        var area = SummaryRequests.LocalAuthorityOf(LaCode, v);
        var measure = SummaryRequests.MeasureOf(Measure, v);
        var (from, to) = SummaryRequests.MonthsOf(From, To, clock, v);
        v.ThrowIfAny();
        Series = await series.ReadAsync(Caller, area!, measure!, from, to, HttpContext.RequestAborted);
    });
}
