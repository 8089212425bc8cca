using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SendPlatform.ServiceDefaults.Identity;

namespace SendPlatform.TestKit;

/// <summary>Bearer tokens signed with this test run's key, exactly as the gateway's development issuer makes them.</summary>
public static class TestTokens
{
    public const string Issuer = "send-platform-test";
    public const string Audience = "send-platform";
    public static readonly string SigningKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));

    /// <summary>This run's secret for inclusion-dashboard's keyed hashes of UPNs.</summary>
    public static readonly string PupilKeySecret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));

    /// <param name="scopes">The token's scopes; by default every scope of the organisation's type, as a development token has.</param>
    public static string For(TestOrganisation org, string? signingKey = null, DateTimeOffset? expires = null, IEnumerable<string>? scopes = null)
    {
        var claims = new List<Claim> { new("sub", org.OrgId), new(PlatformClaims.OrgType, org.WireType), new(PlatformClaims.OrgId, org.OrgId) };
        var granted = scopes ?? (PlatformClaims.TryParseOrgType(org.WireType, out var type) ? PlatformScopes.For(type) : []);
        if (granted.Any()) claims.Add(new(PlatformClaims.Scope, string.Join(' ', granted)));
        if (org.LaCode is not null) claims.Add(new(PlatformClaims.LaCode, org.LaCode));
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now.AddMinutes(-5),
            NotBefore = now.AddMinutes(-5),
            Expires = expires?.UtcDateTime ?? now.AddHours(1),
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(System.Text.Encoding.UTF8.GetBytes(signingKey ?? SigningKey)), SecurityAlgorithms.HmacSha256),
        });
    }
}
