using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SendPlatform.ServiceDefaults.Messaging.Redelivery;

/// <summary>Degraded while any consumer queue holds poison messages: some events' effects are missing until they are replayed.</summary>
public sealed class PoisonMessagesHealthCheck(PoisonMessageMonitor monitor) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var counts = await monitor.CountsAsync(cancellationToken);
        var parked = counts.Where(c => c.Value > 0).ToDictionary(c => c.Key, c => (object)c.Value);
        if (parked.Count == 0)
        {
            return HealthCheckResult.Healthy(monitor.Reachable ? "No poison messages." : "No poison messages when last counted; the broker is unreachable.");
        }
        return HealthCheckResult.Degraded(
            $"Poison messages: {string.Join(", ", parked.Select(p => $"{p.Value} in {p.Key}_error"))}. List and replay them with scripts/replay-errors.sh <queue>.",
            data: parked);
    }
}
