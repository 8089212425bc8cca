using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.Tokens;

namespace SendPlatform.ServiceDefaults.Identity;

/// <summary>
/// Token validation settings from the "Auth" section. Production names an OIDC Authority whose (asymmetric) keys
/// are discovered; local runs and tests, in Development only, share a symmetric SigningKey that AppHost or the test
/// kit generates.
/// ClientId and ClientSecret are a service's own client-credentials registration at the authority, for the calls it
/// makes on its own behalf (see ServiceTokenSource).
/// </summary>
public sealed record TokenSettings(string Issuer, string Audience, string? Authority, string? SigningKey,
    string? ClientId = null, string? ClientSecret = null, string? ClientScope = null)
{
    public const string Section = "Auth";

    /// <summary>The algorithms an OIDC authority may sign with: asymmetric only, so no verifier can also mint tokens.</summary>
    public static readonly string[] AuthorityAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.EcdsaSha256];

    /// <summary>The one algorithm of the shared development key.</summary>
    public static readonly string[] DevelopmentAlgorithms = [SecurityAlgorithms.HmacSha256];

    /// <param name="isDevelopment">
    /// A shared HMAC key lets every holder mint any organisation's token, so it is refused anywhere but Development,
    /// and an authority, when named, is the only issuer trusted.
    /// </param>
    public static TokenSettings From(IConfiguration configuration, bool isDevelopment)
    {
        var section = configuration.GetSection(Section);
        var settings = new TokenSettings(
            section["Issuer"] ?? "send-platform",
            section["Audience"] ?? "send-platform",
            NullIfEmpty(section["Authority"]),
            NullIfEmpty(section["SigningKey"]),
            section["ClientId"],
            section["ClientSecret"],
            section["ClientScope"]);
        if (settings.Authority is null && string.IsNullOrEmpty(settings.SigningKey))
            throw new InvalidOperationException(
                "Token validation is not configured: set Auth__Authority (OIDC) or Auth__SigningKey.");
        if (settings.SigningKey is not null && !isDevelopment)
            throw new InvalidOperationException(
                "Auth__SigningKey is a shared development key and is refused outside Development: set Auth__Authority (an OIDC authority with asymmetric keys).");
        if (settings.SigningKey is not null && settings.Authority is not null)
            throw new InvalidOperationException("Set Auth__Authority or Auth__SigningKey, not both: with an authority, it is the only issuer trusted.");
        if (settings.SigningKey is { Length: < 32 })
            throw new InvalidOperationException("Auth__SigningKey must be at least 32 characters.");
        return settings;
    }

    /// <summary>An empty setting is an unset one, so a deployment (or a test) can clear a value a lower layer set.</summary>
    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    public string[] ValidAlgorithms => Authority is null ? DevelopmentAlgorithms : AuthorityAlgorithms;

    public SymmetricSecurityKey? SymmetricKey =>
        SigningKey is null ? null : new SymmetricSecurityKey(Encoding.UTF8.GetBytes(SigningKey));
}
