using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SendPlatform.InclusionDashboard.Web.Session;

namespace SendPlatform.InclusionDashboard.Web.Pages;

/// <summary>
/// Signing in: with an OIDC authority, straight to it (authorisation-code flow); in Development, a choice of
/// organisation (<see cref="DevSignIn"/>); anywhere else, nothing to sign in with, so not found.
/// </summary>
public sealed class SignInModel(DevSignIn dev, TokenSettings tokens) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(Name = "org_type")]
    public string? OrgType { get; set; }

    [BindProperty(Name = "la_code")]
    public string? LaCode { get; set; }

    [BindProperty(Name = "org_id")]
    public string? OrgId { get; set; }

    public IReadOnlyList<PageProblem> Problems { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (tokens.Authority is not null)
            return Challenge(new AuthenticationProperties { RedirectUri = SafeReturnUrl }, DashboardSession.AuthorityScheme);
        return dev.Allows(HttpContext) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!dev.Allows(HttpContext)) return NotFound();
        var violations = dev.Check(new DevSignIn.Choice(OrgType, LaCode, OrgId), out var type, out var orgId, out var laCode);
        if (violations.Any)
        {
            Problems = [.. violations.Items.Select(PageProblem.Of)];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        await DashboardSession.SignInAsync(HttpContext, await dev.IssueAsync(type, orgId, laCode, HttpContext.RequestAborted));
        return LocalRedirect(SafeReturnUrl);
    }

    /// <summary>Only back into the dashboard: a return address elsewhere would make the sign-in an open redirect.</summary>
    public string SafeReturnUrl =>
        ReturnUrl is { } url && url.StartsWith(DashboardSession.PathBase, StringComparison.Ordinal) && Url.IsLocalUrl(url) ? url : DashboardSession.PathBase;
}
