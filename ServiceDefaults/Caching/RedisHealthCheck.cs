using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace SendPlatform.ServiceDefaults.Caching;

/// <summary>Redis down is Degraded, not Unhealthy: the service still answers from its database.</summary>
public sealed class RedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(redis.IsConnected
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Degraded("Redis is unreachable; reads go to the database."));
}
