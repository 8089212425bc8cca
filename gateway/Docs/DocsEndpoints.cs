using Scalar.AspNetCore;
using SendPlatform.Gateway.Security;

namespace SendPlatform.Gateway.Docs;

/// <summary>
/// GET /openapi/v1.json (the merged document) and GET /docs (a browsable reference where a developer pastes a token
/// and tries a call). Both are public, rate-limited by address: they describe the API, and every call made from
/// the page still needs a token. The page's script is served by the gateway itself; no font or asset is fetched
/// from elsewhere.
/// </summary>
public static class DocsEndpoints
{
    public static IServiceCollection AddPartnerDocs(this IServiceCollection services)
    {
        services.AddHttpClient(nameof(PartnerDocument));
        services.AddSingleton<PartnerDocument>();
        return services;
    }

    public static void MapPartnerDocs(this WebApplication app)
    {
        app.MapGet("/openapi/v1.json", async (PartnerDocument document, CancellationToken cancellationToken) =>
                Results.Text(await document.GetAsync(cancellationToken), "application/json"))
            .AllowAnonymous().RequireRateLimiting(RateLimits.PolicyName);
        app.MapScalarApiReference("/docs", options => options
                .WithTitle("SEND Platform API")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .AddPreferredSecuritySchemes("bearer")
                .DisableDefaultFonts()
                .HideDeveloperTools()
                .DisableTelemetry()
                .DisableAgent()
                .DisableMcp())
            .AllowAnonymous().RequireRateLimiting(RateLimits.PolicyName);
    }
}
