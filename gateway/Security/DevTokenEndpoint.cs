using System.Net;
using SendPlatform.SharedKernel.Errors;
using SendPlatform.SharedKernel.Identifiers;
using SendPlatform.ServiceDefaults.Identity;

namespace SendPlatform.Gateway.Security;

/// <summary>
/// POST /dev/token: a token for any partner organisation, signed with the development key. It exists only in the
/// Development environment, with DevTokens__Enabled=true (AppHost sets it) and no OIDC authority configured, and it
/// answers only callers on this machine: anyone who can reach it can be any organisation. Production tokens come from
/// the authority. It never issues a platform service's token: that would let a partner act as the platform.
/// </summary>
public static class DevTokenEndpoint
{
    public static bool IsEnabled(WebApplication app) =>
        app.Environment.IsDevelopment() && app.Configuration.GetValue<bool>("DevTokens:Enabled")
        && app.Services.GetRequiredService<TokenSettings>().Authority is null;

    public static void MapDevTokenEndpoint(this WebApplication app) =>
        app.MapPost("/dev/token", (HttpContext http, DevTokenRequest request, TokenSettings settings, TimeProvider clock) =>
        {
            // Answered as if it were not there, so a remote caller learns nothing of it.
            if (!IsLoopback(http.Connection.RemoteIpAddress)) return Results.NotFound();
            var violations = Validate(request, out var type);
            if (violations.Any) return RestErrors.BadRequest(violations.Items);

            var lifetime = TimeSpan.FromMinutes(request.LifetimeMinutes ?? 60);
            var scopes = request.Scopes is { Length: > 0 } narrowed ? narrowed : PlatformScopes.For(type);
            var token = PlatformTokens.Issue(settings, type, request.OrgId!, request.LaCode, scopes, clock.GetUtcNow(), lifetime);
            return Results.Ok(new { access_token = token, token_type = "Bearer", expires_in = (int)lifetime.TotalSeconds });
        }).AllowAnonymous();

    private static bool IsLoopback(IPAddress? address) => address is not null && IPAddress.IsLoopback(address);

    private static Violations Validate(DevTokenRequest request, out OrganisationType type)
    {
        var v = new Violations();
        if (!PlatformClaims.TryParseOrgType(request.OrgType, out type) || !type.IsPartner())
            v.Add("org_type", "must be one of: " + string.Join(", ", PlatformClaims.PartnerOrgTypeNames));
        if (string.IsNullOrWhiteSpace(request.OrgId) || request.OrgId.Length > 100) v.Add("org_id", "is required (at most 100 characters)");
        if (type == OrganisationType.La && string.IsNullOrEmpty(request.LaCode)) v.Add("la_code", "is required for a local authority");
        if (!string.IsNullOrEmpty(request.LaCode) && !LaCode.TryParse(request.LaCode, out _, out var reason)) v.Add("la_code", reason);
        if (request.LifetimeMinutes is < 1 or > 1440) v.Add("lifetime_minutes", "must be between 1 and 1440");
        if (!v.Any && request.Scopes?.Except(PlatformScopes.For(type)).ToList() is { Count: > 0 } foreign)
            v.Add("scopes", $"may only narrow the scopes of '{request.OrgType}': {string.Join(", ", PlatformScopes.For(type))} (not {string.Join(", ", foreign)})");
        return v;
    }
}
