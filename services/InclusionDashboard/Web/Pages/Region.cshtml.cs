using Microsoft.AspNetCore.Mvc;
using SendPlatform.InclusionDashboard.Application;
using SendPlatform.InclusionDashboard.Domain.Geography;

namespace SendPlatform.InclusionDashboard.Web.Pages;

/// <summary>A region's figures, with its local authorities to drill into.</summary>
public sealed class RegionModel(ReadSummary summaries, TimeProvider clock) : DashboardPage
{
    [BindProperty(SupportsGet = true)]
    public string Region { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string Period { get; set; } = "";

    public ReadSummary.Summary? Summary { get; private set; }

    public Task<IActionResult> OnGetAsync() => ShowAsync(async () =>
    {
        var v = new Violations();
        var area = SummaryRequests.RegionOf(Region, v);
        var period = SummaryRequests.PeriodOf(Period, clock, v);
        v.ThrowIfAny();
        Summary = await summaries.ReadAsync(Caller, area!, period, HttpContext.RequestAborted);
    });
}
