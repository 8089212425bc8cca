using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace SendPlatform.InclusionDashboard.Web.Session;

/// <summary>
/// Turns an access token into a page session: validated by the same JWT bearer settings the API's calls are (issuer,
/// audience, keys from the authority or the development key), and kept only if it names a partner organisation. The
/// session carries the token's claims, not the token, and ends when the token would.
/// </summary>
public sealed class SessionTokens(IOptionsMonitor<JwtBearerOptions> bearerOptions)
{
    public sealed record Session(ClaimsPrincipal Principal, DateTimeOffset ExpiresUtc);

    public async Task<Session?> ValidateAsync(string accessToken, CancellationToken cancellationToken)
    {
        var options = bearerOptions.Get(JwtBearerDefaults.AuthenticationScheme);
        var parameters = options.TokenValidationParameters.Clone();
        if (options.ConfigurationManager is { } authority)
        {
            var configuration = await authority.GetConfigurationAsync(cancellationToken);
            parameters.ValidIssuers = [.. parameters.ValidIssuers ?? [], configuration.Issuer];
            parameters.IssuerSigningKeys = configuration.SigningKeys;
        }
        foreach (var handler in options.TokenHandlers)
        {
            var result = await handler.ValidateTokenAsync(accessToken, parameters);
            if (!result.IsValid) continue;
            var identity = new ClaimsIdentity(result.ClaimsIdentity.Claims, DashboardSession.CookieScheme, parameters.NameClaimType, parameters.RoleClaimType);
            var principal = new ClaimsPrincipal(identity);
            if (CallerOrganisation.FromPrincipal(principal) is not { } caller || !caller.Type.IsPartner()) return null;
            return new Session(principal, result.SecurityToken.ValidTo);
        }
        return null;
    }
}
