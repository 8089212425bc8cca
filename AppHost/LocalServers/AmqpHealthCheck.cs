using Microsoft.Extensions.Diagnostics.HealthChecks;
using RabbitMQ.Client;

namespace SendPlatform.AppHost.LocalServers;

/// <summary>
/// Healthy when the broker completes an AMQP handshake. Written here because the packaged RabbitMQ check keeps one
/// connection from its first success, and a broker that is still booting has none to give it.
/// </summary>
internal sealed class AmqpHealthCheck(string uri) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var factory = new ConnectionFactory { Uri = new Uri(uri), RequestedConnectionTimeout = TimeSpan.FromSeconds(3) };
            await using var connection = await factory.CreateConnectionAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is RabbitMQ.Client.Exceptions.BrokerUnreachableException or IOException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("No AMQP handshake yet.", ex);
        }
    }
}
