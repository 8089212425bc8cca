using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SendPlatform.ServiceDefaults.Retention;

namespace SendPlatform.TestKit;

/// <summary>A service's retention purge with the rules it registered, at a fixed now, so a test can age records by days.</summary>
public static class RetentionAt
{
    public static RetentionPurge<TContext> Purge<TContext>(IServiceProvider services, DateTimeOffset now) where TContext : DbContext => new(
        services.GetRequiredService<IServiceScopeFactory>(),
        services.GetServices<IRetentionRule<TContext>>(),
        new FakeTimeProvider(now),
        Options.Create(new RetentionOptions()),
        NullLogger<RetentionPurge<TContext>>.Instance);

    /// <summary>Runs the purge once at now, waiting out a round the service's own schedule may be running.</summary>
    public static Task<IReadOnlyDictionary<string, int>> RunAsync<TContext>(IServiceProvider services, DateTimeOffset now) where TContext : DbContext =>
        Eventually.Get(async () => await Purge<TContext>(services, now).PurgeOnceAsync(CancellationToken.None), purged => purged is not null,
            "a round of the retention purge")!;
}
