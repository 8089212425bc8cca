using Microsoft.AspNetCore.Mvc;
using SendPlatform.InclusionDashboard.Application;

namespace SendPlatform.InclusionDashboard.Web.Pages;

/// <summary>A school's or AP setting's own figures: in full to the setting itself and DfE, withheld for everyone else.</summary>
public sealed class SettingModel(ReadSummary summaries, TimeProvider clock) : DashboardPage
{
    [BindProperty(SupportsGet = true)]
    public string Urn { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string Period { get; set; } = "";

    public ReadSummary.Summary? Summary { get; private set; }

    public Task<IActionResult> OnGetAsync() => ShowAsync(async () =>
    {
        var (area, period) = SummaryRequests.SettingAndPeriod(Urn, Period, clock);
        Summary = await summaries.ReadAsync(Caller, area, period, HttpContext.RequestAborted);
    });
}
