using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SendPlatform.ServiceDefaults.Identity;

/// <summary>
/// Tokens signed with the shared development key: the gateway's /dev/token for partners, and a service's own token
/// where no OIDC authority is configured. Production tokens come from the authority instead.
/// </summary>
public static class PlatformTokens
{
    public static string Issue(TokenSettings settings, OrganisationType type, string orgId, string? laCode, IEnumerable<string> scopes,
        DateTimeOffset now, TimeSpan lifetime)
    {
        var key = settings.SymmetricKey ?? throw new InvalidOperationException("Tokens can be issued here only with Auth__SigningKey set.");
        var claims = new List<Claim>
        {
            new("sub", orgId),
            new(PlatformClaims.OrgType, PlatformClaims.WireName(type)),
            new(PlatformClaims.OrgId, orgId),
        };
        if (!string.IsNullOrEmpty(laCode)) claims.Add(new(PlatformClaims.LaCode, laCode));
        var scope = string.Join(' ', scopes);
        if (scope.Length > 0) claims.Add(new(PlatformClaims.Scope, scope));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }
}
