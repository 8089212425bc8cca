using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SendPlatform.InclusionDashboard.Web.Session;

namespace SendPlatform.InclusionDashboard.Web.Pages;

/// <summary>
/// What every figure page shares: the organisation signed in, and the refusals the API gives as errors shown in the
/// page's own words, with the API's status (400 for a malformed request, 404 for an area that does not exist), with the page's heading and forms so
/// the reader can correct it.
/// </summary>
public abstract class DashboardPage : PageModel
{
    public IReadOnlyList<PageProblem> Problems { get; private set; } = [];

    protected CallerOrganisation Caller =>
        DashboardSession.CallerOf(User) ?? throw new InvalidOperationException("A figure page is reached only through the page policy, which requires a session.");

    /// <summary>Runs the page's read; a refused request renders the page with its problems instead of figures.</summary>
    protected async Task<IActionResult> ShowAsync(Func<Task> read)
    {
        try
        {
            await read();
            return Page();
        }
        catch (RequestValidationException refused)
        {
            Problems = [.. refused.Violations.Select(PageProblem.Of)];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        catch (NotFoundException missing)
        {
            Problems = [new PageProblem("main-content", missing.Message)];
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
    }
}
