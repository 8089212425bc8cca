using Microsoft.AspNetCore.Mvc;
using SendPlatform.InclusionDashboard.Application;
using SendPlatform.InclusionDashboard.Domain.Geography;

namespace SendPlatform.InclusionDashboard.Web.Pages;

/// <summary>England's figures, with the regions to drill into.</summary>
public sealed class IndexModel(ReadSummary summaries, TimeProvider clock) : DashboardPage
{
    [BindProperty(SupportsGet = true)]
    public string Period { get; set; } = "";

    public ReadSummary.Summary? Summary { get; private set; }

    public Task<IActionResult> OnGetAsync() => ShowAsync(async () =>
    {
        var period = SummaryRequests.PeriodOnly(Period, clock);
        Summary = await summaries.ReadAsync(Caller, Area.England, period, HttpContext.RequestAborted);
    });
}
