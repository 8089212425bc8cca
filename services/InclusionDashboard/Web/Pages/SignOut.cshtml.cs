using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SendPlatform.InclusionDashboard.Web.Session;

namespace SendPlatform.InclusionDashboard.Web.Pages;

/// <summary>Ends the page session (a POST with the antiforgery token, so no other site can sign a reader out).</summary>
public sealed class SignOutModel : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        await DashboardSession.SignOutAsync(HttpContext);
        return LocalRedirect(DashboardSession.SignInPath);
    }
}
