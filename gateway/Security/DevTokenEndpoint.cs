using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SendPlatform.ServiceDefaults.Errors;
using SendPlatform.ServiceDefaults.Identifiers;
using SendPlatform.ServiceDefaults.Identity;

namespace SendPlatform.Gateway.Security;

/// <summary>
/// POST /dev/token: a token for any partner organisation, signed with the development key. Mapped only in the
/// Development environment; production tokens come from the OIDC authority.
/// </summary>
public static class DevTokenEndpoint
{
    public static void MapDevTokenEndpoint(this WebApplication app) =>
        app.MapPost("/dev/token", (DevTokenRequest request, TokenSettings settings, TimeProvider clock) =>
        {
            var violations = Validate(request);
            if (violations.Any) return RestErrors.BadRequest(violations.Items);

            var now = clock.GetUtcNow();
            var lifetime = TimeSpan.FromMinutes(request.LifetimeMinutes ?? 60);
            var claims = new List<Claim>
            {
                new("sub", request.OrgId!),
                new(PlatformClaims.OrgType, request.OrgType!),
                new(PlatformClaims.OrgId, request.OrgId!),
            };
            if (!string.IsNullOrEmpty(request.LaCode)) claims.Add(new(PlatformClaims.LaCode, request.LaCode));
            if (request.Scopes is { Length: > 0 }) claims.Add(new(PlatformClaims.Scope, string.Join(' ', request.Scopes)));
            var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
            {
                Issuer = settings.Issuer,
                Audience = settings.Audience,
                Subject = new ClaimsIdentity(claims),
                IssuedAt = now.UtcDateTime,
                NotBefore = now.UtcDateTime,
                Expires = (now + lifetime).UtcDateTime,
                SigningCredentials = new SigningCredentials(settings.SymmetricKey, SecurityAlgorithms.HmacSha256),
            });
            return Results.Ok(new { access_token = token, token_type = "Bearer", expires_in = (int)lifetime.TotalSeconds });
        }).AllowAnonymous();

    private static Violations Validate(DevTokenRequest request)
    {
        var v = new Violations();
        if (!PlatformClaims.TryParseOrgType(request.OrgType, out var type))
            v.Add("org_type", "must be one of: " + string.Join(", ", PlatformClaims.OrgTypeNames));
        if (string.IsNullOrWhiteSpace(request.OrgId) || request.OrgId.Length > 100) v.Add("org_id", "is required (at most 100 characters)");
        if (type == OrganisationType.La && string.IsNullOrEmpty(request.LaCode)) v.Add("la_code", "is required for a local authority");
        if (!string.IsNullOrEmpty(request.LaCode) && !LaCode.TryParse(request.LaCode, out _, out var reason)) v.Add("la_code", reason);
        if (request.LifetimeMinutes is < 1 or > 1440) v.Add("lifetime_minutes", "must be between 1 and 1440");
        return v;
    }
}
