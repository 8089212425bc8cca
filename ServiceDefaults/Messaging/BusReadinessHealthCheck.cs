using MassTransit;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SendPlatform.ServiceDefaults.Messaging.Redelivery;

namespace SendPlatform.ServiceDefaults.Messaging;

/// <summary>
/// The broker's part in readiness, in place of MassTransit's own check. Until the bus has started once (its queues
/// declared and bound) the service is not ready: an event published before that would reach no queue. After that, a
/// broker that goes away leaves the service ready but Degraded: writes commit and their events wait in the outbox.
/// MassTransit alone reports a connection it is recovering as healthy, so the broker is also probed directly (the
/// poison-message count's connection, at most every 10 s).
/// </summary>
public sealed class BusReadinessHealthCheck(IBusControl bus, PoisonMessageMonitor broker) : IHealthCheck
{
    public const string Name = "messaging";
    private volatile bool _started;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var busHealth = bus.CheckHealth();
        if (busHealth.Status == BusHealthStatus.Healthy) _started = true;
        if (!_started)
        {
            return HealthCheckResult.Unhealthy($"The message bus has not started: its queues are not bound yet ({busHealth.Description}).");
        }
        await broker.CountsAsync(cancellationToken);
        return busHealth.Status == BusHealthStatus.Healthy && broker.Reachable
            ? HealthCheckResult.Healthy("RabbitMQ is connected.")
            : HealthCheckResult.Degraded("RabbitMQ is unreachable; writes still commit and their events wait in the outbox.");
    }
}
