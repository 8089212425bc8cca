using System.Net;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using SendPlatform.InclusionDashboard.Api;
using SendPlatform.InclusionDashboard.Web.Session;
using SendPlatform.TestKit;

namespace SendPlatform.InclusionDashboard.Tests.Web;

/// <summary>
/// With an OIDC authority configured (production's setting), a page with no session goes to the authority by the
/// authorisation-code flow with PKCE, and the development sign-in is not there at all. The authority's metadata is
/// given to the handler, as no authority is reachable from a test.
/// </summary>
public sealed class AuthoritySignInTests : IAsyncLifetime
{
    private const string Authority = "https://login.example.test";
    private ServiceFactory<DashboardApi> _factory = null!;

    public async Task InitializeAsync()
    {
        var infrastructure = await PlatformInfrastructure.GetAsync();
        var vhost = await infrastructure.RabbitMq.AddVirtualHostAsync();
        _factory = new ServiceFactory<DashboardApi>(infrastructure, "dashboarddb", vhost)
        {
            MoreServices = services => services.Configure<OpenIdConnectOptions>(DashboardSession.AuthorityScheme, options =>
                options.Configuration = new OpenIdConnectConfiguration
                {
                    Issuer = Authority,
                    AuthorizationEndpoint = Authority + "/authorize",
                    TokenEndpoint = Authority + "/token",
                }),
        };
        _factory.Settings["Auth:Authority"] = Authority;
        _factory.Settings["Auth:SigningKey"] = "";
        _factory.Settings["DashboardClient:ClientId"] = "send-dashboard";
        _factory.Settings["DashboardClient:ClientSecret"] = "not-a-real-secret";
        _factory.Settings["DevTokens:Enabled"] = "true";
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_page_without_a_session_goes_to_the_authority_for_a_code_with_PKCE()
    {
        var browser = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await browser.GetAsync("/dashboard/local-authorities/931");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal(Authority + "/authorize", location.GetLeftPart(UriPartial.Path));
        var query = System.Web.HttpUtility.ParseQueryString(location.Query);
        Assert.Equal(("send-dashboard", "code", "S256"), (query["client_id"], query["response_type"], query["code_challenge_method"]));
        Assert.False(string.IsNullOrEmpty(query["code_challenge"]));
        Assert.Equal("http://localhost/dashboard/signin-oidc", query["redirect_uri"]);
        Assert.Equal(["openid", "profile", "dashboard.read"], query["scope"]!.Split(' '));
    }

    [Fact]
    public async Task The_development_sign_in_is_not_there()
    {
        var browser = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var posted = await browser.PostAsync("/dashboard/sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["org_type"] = "dfe" }));
        Assert.NotEqual(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Null(posted.Headers.Location);
        // The sign-in page itself hands over to the authority.
        var page = await browser.GetAsync("/dashboard/sign-in");
        Assert.StartsWith(Authority + "/authorize?", page.Headers.Location!.ToString());
    }
}
