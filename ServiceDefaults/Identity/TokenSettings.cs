using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.Tokens;

namespace SendPlatform.ServiceDefaults.Identity;

/// <summary>
/// Token validation settings from the "Auth" section. Production names an OIDC Authority whose keys
/// are discovered; local runs and tests share a symmetric SigningKey that AppHost or the test kit generates.
/// ClientId and ClientSecret are a service's own client-credentials registration at the authority, for the calls it
/// makes on its own behalf (see ServiceTokenSource).
/// </summary>
public sealed record TokenSettings(string Issuer, string Audience, string? Authority, string? SigningKey,
    string? ClientId = null, string? ClientSecret = null, string? ClientScope = null)
{
    public const string Section = "Auth";

    public static TokenSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var settings = new TokenSettings(
            section["Issuer"] ?? "send-platform",
            section["Audience"] ?? "send-platform",
            section["Authority"],
            section["SigningKey"],
            section["ClientId"],
            section["ClientSecret"],
            section["ClientScope"]);
        if (settings.Authority is null && string.IsNullOrEmpty(settings.SigningKey))
            throw new InvalidOperationException(
                "Token validation is not configured: set Auth__Authority (OIDC) or Auth__SigningKey.");
        if (settings.SigningKey is { Length: < 32 })
            throw new InvalidOperationException("Auth__SigningKey must be at least 32 characters.");
        return settings;
    }

    public SymmetricSecurityKey? SymmetricKey =>
        SigningKey is null ? null : new SymmetricSecurityKey(Encoding.UTF8.GetBytes(SigningKey));
}
