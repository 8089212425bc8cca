using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace SendPlatform.ServiceDefaults.Caching;

public static class CacheExtensions
{
    /// <summary>Redis from ConnectionStrings__cache, keys prefixed by Cache:KeyPrefix (default: the service name). Connecting never blocks start-up and commands fail fast while it is down.</summary>
    public static IHostApplicationBuilder AddServiceCache(this IHostApplicationBuilder builder, string serviceName)
    {
        var connectionString = builder.Configuration.GetConnectionString("cache")
            ?? throw new InvalidOperationException("ConnectionStrings__cache is not set.");
        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = 2000;
        options.AsyncTimeout = 1000;
        options.SyncTimeout = 1000;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        builder.Services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(options));
        // The prefix keeps services (and parallel test runs) sharing one Redis apart.
        builder.Services.AddSingleton(new CacheKeys(builder.Configuration["Cache:KeyPrefix"] ?? serviceName));
        builder.Services.AddSingleton<CacheAside>();
        builder.Services.AddHealthChecks().AddCheck<RedisHealthCheck>("cache", tags: [HealthTags.Ready]);
        return builder;
    }
}
