using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace SendPlatform.InclusionDashboard.Web.Session;

/// <summary>
/// Who is looking at a page: a cookie session holding the claims of one validated platform token, so a page sees
/// exactly what the API would show that token. In production the token comes from the configured OIDC authority by
/// the authorisation-code flow (with PKCE); in Development, from the sign-in page (<see cref="DevSignIn"/>).
/// </summary>
public static class DashboardSession
{
    public const string CookieScheme = "dashboard-session";
    public const string AuthorityScheme = "dashboard-oidc";
    public const string PagePolicy = "dashboard-page";
    public const string PathBase = "/dashboard";
    public const string SignInPath = PathBase + "/sign-in";

    public static void AddDashboardSession(this IHostApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(OidcClientSettings.Section).Get<OidcClientSettings>() ?? new OidcClientSettings();
        var tokens = TokenSettings.From(builder.Configuration, builder.Environment.IsDevelopment());
        var authentication = builder.Services.AddAuthentication();
        authentication.AddCookie(CookieScheme, options =>
        {
            options.Cookie.Name = "send-dashboard";
            options.Cookie.Path = PathBase;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // Never longer than the token it was made from (SessionTokens sets the ticket's expiry from it).
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = false;
            options.LoginPath = SignInPath;
            // Relative, so the browser stays on the host it asked (the gateway), whatever host reached this service.
            options.Events.OnRedirectToLogin = context =>
            {
                context.Response.Redirect(SignInPath + "?returnUrl=" + Uri.EscapeDataString(context.Request.PathBase + context.Request.Path + context.Request.QueryString));
                return Task.CompletedTask;
            };
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            if (tokens.Authority is not null) options.ForwardChallenge = AuthorityScheme;
        });
        if (tokens.Authority is not null)
        {
            if (string.IsNullOrEmpty(settings.ClientId))
                throw new InvalidOperationException($"With Auth__Authority set, the dashboard's pages sign in there: set {OidcClientSettings.Section}__ClientId (and __ClientSecret).");
            authentication.AddOpenIdConnect(AuthorityScheme, options =>
            {
                options.Authority = tokens.Authority;
                options.RequireHttpsMetadata = tokens.Authority.StartsWith("https://", StringComparison.Ordinal);
                options.ClientId = settings.ClientId;
                options.ClientSecret = settings.ClientSecret;
                options.ResponseType = OpenIdConnectResponseType.Code;
                options.UsePkce = true;
                options.CallbackPath = PathBase + "/signin-oidc";
                options.SignedOutCallbackPath = PathBase + "/signout-callback-oidc";
                options.SignInScheme = CookieScheme;
                options.MapInboundClaims = false;
                options.SaveTokens = false;
                options.Scope.Add(PlatformScopes.DashboardRead);
                // The session is the access token's organisation, validated as every service validates it; the ID
                // token says only who signed in.
                options.Events.OnTokenValidated = async context =>
                {
                    var accessToken = context.TokenEndpointResponse?.AccessToken;
                    var sessions = context.HttpContext.RequestServices.GetRequiredService<SessionTokens>();
                    var session = accessToken is null ? null : await sessions.ValidateAsync(accessToken, context.HttpContext.RequestAborted);
                    if (session is null)
                    {
                        context.Fail("The authority's access token names no partner organisation the platform accepts.");
                        return;
                    }
                    context.Principal = session.Principal;
                    context.Properties!.ExpiresUtc = session.ExpiresUtc;
                };
            });
        }
        builder.Services.AddSingleton<SessionTokens>();
        builder.Services.AddAuthorizationBuilder().AddPolicy(PagePolicy, policy => policy
            .AddAuthenticationSchemes(CookieScheme)
            .RequireAuthenticatedUser()
            .RequireAssertion(context => CallerOrganisation.FromPrincipal(context.User) is { } caller
                && caller.Type.IsPartner() && caller.Scopes.Contains(PlatformScopes.DashboardRead)));
    }

    public static Task SignInAsync(HttpContext http, SessionTokens.Session session) =>
        http.SignInAsync(CookieScheme, session.Principal, new AuthenticationProperties { ExpiresUtc = session.ExpiresUtc, IsPersistent = false });

    public static Task SignOutAsync(HttpContext http) => http.SignOutAsync(CookieScheme);

    /// <summary>The organisation signed in, or null.</summary>
    public static CallerOrganisation? CallerOf(ClaimsPrincipal user) => CallerOrganisation.FromPrincipal(user);
}
