using System.Data.Common;
using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.ServiceDefaults.Database;

public static class DatabaseExtensions
{
    /// <summary>How many statements a connection keeps prepared, the ones it runs most recently used.</summary>
    private const int AutoPrepared = 64;

    /// <summary>
    /// The service's own PostgreSQL database from ConnectionStrings__{connectionName}: a pooled DbContext (the outbox
    /// interceptor wakes the dispatcher on commit), with Aspire's Npgsql integration adding retries on transient
    /// failures, the /health check, and tracing and metrics. Migrations are applied at start-up, before any other
    /// hosted service (outbox dispatcher, message consumers) runs.
    /// A pooled connection is not reset (DISCARD ALL) on its way back to the pool: no service keeps session state (locks
    /// are transaction-scoped, nothing is set or created temporary), and the reset was one more statement for
    /// PostgreSQL on every unit of work. An open transaction is still rolled back when its connection is returned.
    /// Statements a connection runs often are prepared on it (<see cref="PooledConnectionString"/>), so PostgreSQL
    /// stops parsing and planning them on every call.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext>(this IHostApplicationBuilder builder, string connectionName)
        where TContext : DbContext
    {
        var connectionString = PooledConnectionString(builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings__{connectionName} is not set."));
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<OutboxSignalInterceptor>();
        builder.Services.AddDbContextPool<TContext>((services, options) => options
            .UseNpgsql(connectionString, npgsql => npgsql.ConfigureDataSource(TraceBatchesOfRecordedSpans))
            .AddInterceptors(services.GetRequiredService<OutboxSignalInterceptor>()));
        builder.EnrichNpgsqlDbContext<TContext>();
        builder.Services.AddHostedService<DatabaseMigrator<TContext>>();
        return builder;
    }

    /// <summary>
    /// Npgsql joins a batch's statements into one text for the batch's span before it asks whether there will be a span.
    /// Under the platform's parent-based sampling (the OpenTelemetry default; 1 in 100 in a national deployment) a
    /// statement run inside a span that is not recorded makes no span, so such a batch skips tracing and the text.
    /// Building it was among the largest allocations of a single notification in pupil-movements (bench/RESULTS.md, #18).
    /// A batch with no span around it is still offered to the sampler.
    /// </summary>
    private static void TraceBatchesOfRecordedSpans(NpgsqlDataSourceBuilder dataSource) =>
        dataSource.ConfigureTracing(tracing => tracing.ConfigureBatchFilter(_ => Activity.Current is not { Recorded: false }));

    /// <summary>
    /// The configured connection string as the services' pools use it: not reset on return, and preparing the
    /// statements a connection runs often (Npgsql's automatic preparation), unless the configuration sets Max Auto
    /// Prepare itself (0 turns it off). Planning was a third of PostgreSQL's time on the movements' statements, and its
    /// CPU per single movement fell by a fifth to a third with the preparation (bench/RESULTS.md, issue #18).
    /// </summary>
    public static string PooledConnectionString(string configured)
    {
        var settings = new NpgsqlConnectionStringBuilder(configured) { NoResetOnClose = true };
        // Npgsql's builder reports every keyword it knows as present, so whether the setting was given is read from the text.
        var given = new DbConnectionStringBuilder { ConnectionString = configured };
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare")) settings.MaxAutoPrepare = AutoPrepared;
        return settings.ConnectionString;
    }
}
