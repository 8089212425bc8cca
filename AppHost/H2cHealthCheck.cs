using System.Net;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SendPlatform.AppHost;

/// <summary>
/// A project's /health over cleartext HTTP/2. Aspire's own HTTP health check speaks HTTP/1.1, which a gRPC service's
/// h2c-only endpoint does not serve.
/// </summary>
internal sealed class H2cHealthCheck(EndpointReference endpoint) : IHealthCheck
{
    private static readonly HttpClient Http = new()
    {
        DefaultRequestVersion = HttpVersion.Version20,
        DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        Timeout = TimeSpan.FromSeconds(5),
    };

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var response = await Http.GetAsync($"{endpoint.Url}/health", cancellationToken);
            return response.StatusCode == HttpStatusCode.OK
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"/health answered {(int)response.StatusCode}.");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return HealthCheckResult.Unhealthy("/health did not answer.", ex);
        }
    }
}
