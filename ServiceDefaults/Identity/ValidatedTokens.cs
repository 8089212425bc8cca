using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SendPlatform.ServiceDefaults.Identity;

/// <summary>
/// The JWT handler of the gateway and every service, remembering for a short while the tokens it has validated. A
/// partner sends the same bearer token with every call until it expires, and each hop validated it from scratch:
/// parse, verify the signature, check issuer, audience and lifetime. bench/token-validation.cs measured one validation
/// at 14.5 us for HS256 (the development key), 41.8 us RS256, 26.7 us PS256 and 57.7 us ES256, and a token seen again
/// here at 0.7-2.2 us; at thousands of calls a second through two hops, the rest is work spent again on an answer
/// already known (bench/RESULTS.md, issue #18).
/// Hand-written because neither Microsoft.IdentityModel nor ASP.NET Core caches a validation's result; it wraps the
/// library's own validation rather than repeating any of it:
/// - only a token the library found valid is remembered, never a failure, so a bad token is checked every time;
/// - a remembered token is used until the earlier of its own expiry (with the same clock skew as validation allows)
///   and <see cref="MaxAge"/> after it was validated, then validated again;
/// - it is used only while the key that verified it is still one of the keys the call is validated against, so a key
///   that leaves the authority's key set stops its tokens at the next call, not at the next minute;
/// - each call gets its own identity, built by the library from the validated token as a first validation would.
/// At most <see cref="Capacity"/> tokens are held; beyond that a token is simply validated each time.
/// </summary>
public sealed class ValidatedTokens(TimeProvider clock) : JsonWebTokenHandler
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);
    public const int Capacity = 10_000;

    private sealed record Validated(JsonWebToken Token, DateTimeOffset Until);

    private readonly MemoryCache validated = new(new MemoryCacheOptions { SizeLimit = Capacity });

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        if (validated.TryGetValue(token, out Validated? known) && known!.Until > clock.GetUtcNow()
            && await IsCurrentKeyAsync(known.Token.SigningKey, validationParameters))
            return new TokenValidationResult
            {
                IsValid = true,
                SecurityToken = known.Token,
                Issuer = known.Token.Issuer,
                ClaimsIdentity = CreateClaimsIdentity(known.Token, validationParameters, known.Token.Issuer),
            };

        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (result is { IsValid: true, SecurityToken: JsonWebToken jwt } && jwt.SigningKey is not null)
        {
            var now = clock.GetUtcNow();
            var until = new DateTimeOffset(jwt.ValidTo, TimeSpan.Zero) + validationParameters.ClockSkew;
            if (until > now + MaxAge) until = now + MaxAge;
            // A token valid to the library's clock may already be past its expiry on this one: then it is not kept.
            if (until > now)
                validated.Set(token, new Validated(jwt, until), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = until - now });
        }
        return result;
    }

    /// <summary>
    /// The keys a call is validated against: those set on the parameters (the development key), or, with an authority,
    /// its current configuration's, which the bearer handler leaves to its configuration manager to fetch and refresh.
    /// A refreshed configuration holds new key objects, so its first call validates each token again.
    /// </summary>
    private static async ValueTask<bool> IsCurrentKeyAsync(SecurityKey key, TokenValidationParameters parameters)
    {
        if (ReferenceEquals(parameters.IssuerSigningKey, key) || (parameters.IssuerSigningKeys?.Any(k => ReferenceEquals(k, key)) ?? false))
            return true;
        if (parameters.ConfigurationManager is null)
            return false;
        var configuration = await parameters.ConfigurationManager.GetBaseConfigurationAsync(CancellationToken.None);
        return configuration.SigningKeys.Any(k => ReferenceEquals(k, key));
    }
}
