using Microsoft.AspNetCore.Mvc;
using SendPlatform.InclusionDashboard.Application;
using SendPlatform.InclusionDashboard.Domain.Geography;

namespace SendPlatform.InclusionDashboard.Web.Pages;

/// <summary>An LA's figures, with each measure's months and the download.</summary>
public sealed class LocalAuthorityModel(ReadSummary summaries, TimeProvider clock) : DashboardPage
{
    [BindProperty(SupportsGet = true)]
    public string LaCode { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string Period { get; set; } = "";

    public ReadSummary.Summary? Summary { get; private set; }

    public string? RegionCode => Summary is null ? null : Area.RegionCodeOf(Summary.Area.Code);

    public Task<IActionResult> OnGetAsync() => ShowAsync(async () =>
    {
        var (area, period) = SummaryRequests.LocalAuthorityAndPeriod(LaCode, Period, clock);
        Summary = await summaries.ReadAsync(Caller, area, period, HttpContext.RequestAborted);
    });
}
