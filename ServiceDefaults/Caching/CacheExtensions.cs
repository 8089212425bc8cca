using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace SendPlatform.ServiceDefaults.Caching;

public static class CacheExtensions
{
    /// <summary>
    /// Redis from ConnectionStrings__cache through Aspire's client integration (tracing, metrics), keys prefixed by
    /// Cache:KeyPrefix (default: the service name). Connecting never blocks start-up and commands fail fast while it
    /// is down. Aspire's own health check is off: Redis down makes the service Degraded (it answers from its
    /// database), not Unhealthy.
    /// </summary>
    public static IHostApplicationBuilder AddServiceCache(this IHostApplicationBuilder builder, string serviceName)
    {
        if (string.IsNullOrEmpty(builder.Configuration.GetConnectionString("cache")))
            throw new InvalidOperationException("ConnectionStrings__cache is not set.");
        builder.AddRedisClient("cache", settings => settings.DisableHealthChecks = true, options =>
        {
            options.AbortOnConnectFail = false;
            options.ConnectTimeout = 2000;
            options.AsyncTimeout = 1000;
            options.SyncTimeout = 1000;
            options.BacklogPolicy = BacklogPolicy.FailFast;
        });
        // The prefix keeps services (and parallel test runs) sharing one Redis apart.
        builder.Services.AddSingleton(new CacheKeys(builder.Configuration["Cache:KeyPrefix"] ?? serviceName));
        builder.Services.AddSingleton<CacheAside>();
        builder.Services.AddHealthChecks().AddCheck<RedisHealthCheck>("cache", tags: [HealthTags.Ready]);
        return builder;
    }
}
