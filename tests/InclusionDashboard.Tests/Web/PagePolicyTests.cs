using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using SendPlatform.InclusionDashboard.Tests.Api;
using SendPlatform.InclusionDashboard.Web.Session;
using SendPlatform.ServiceDefaults.Identity;

namespace SendPlatform.InclusionDashboard.Tests.Web;

/// <summary>The page policy: a session of a partner organisation holding dashboard.read, as the API's scope check asks.</summary>
public sealed class PagePolicyTests(DashboardService service) : IClassFixture<DashboardService>
{
    private static ClaimsPrincipal Session(string orgType, string orgId, string? la, string scope)
    {
        var claims = new List<Claim> { new(PlatformClaims.OrgType, orgType), new(PlatformClaims.OrgId, orgId), new(PlatformClaims.Scope, scope) };
        if (la is not null) claims.Add(new(PlatformClaims.LaCode, la));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, DashboardSession.CookieScheme));
    }

    private async Task<bool> AllowedAsync(ClaimsPrincipal user) =>
        (await service.Factory.Services.GetRequiredService<IAuthorizationService>().AuthorizeAsync(user, DashboardSession.PagePolicy)).Succeeded;

    [Fact]
    public async Task Only_a_partner_session_with_dashboard_read_opens_a_page()
    {
        Assert.True(await AllowedAsync(Session("la", "la-931", "931", "movements.read dashboard.read")));
        Assert.False(await AllowedAsync(Session("la", "la-931", "931", "movements.read")));
        Assert.False(await AllowedAsync(Session("service", "pupil-movements", null, "dashboard.read")));
        Assert.False(await AllowedAsync(Session("la", "la-931", null, "dashboard.read")));
        Assert.False(await AllowedAsync(new ClaimsPrincipal(new ClaimsIdentity())));
    }
}
