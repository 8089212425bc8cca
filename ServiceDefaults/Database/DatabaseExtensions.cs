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
    public const int AutoPrepared = 64;

    /// <summary>
    /// The service's own PostgreSQL database from ConnectionStrings__{connectionName}: a pooled DbContext (the outbox
    /// interceptor wakes the dispatcher on commit), with Aspire's Npgsql integration adding retries on transient
    /// failures, the /health check, and tracing and metrics. Migrations are applied at start-up, before any other
    /// hosted service (outbox dispatcher, message consumers) runs.
    /// A pooled connection is not reset (DISCARD ALL) on its way back to the pool: no service keeps session state (locks
    /// are transaction-scoped, nothing is set or created temporary), and the reset was one more statement for
    /// PostgreSQL on every unit of work. An open transaction is still rolled back when its connection is returned.
    /// Statements a connection runs often are prepared on it (Npgsql's automatic preparation, unless the connection
    /// string sets Max Auto Prepare itself), so PostgreSQL stops parsing and planning them on every call: planning
    /// alone was a third of its time on a single movement's statements, and its CPU per movement fell by a fifth
    /// (bench/RESULTS.md, issue #18).
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext>(this IHostApplicationBuilder builder, string connectionName)
        where TContext : DbContext
    {
        var connectionString = new NpgsqlConnectionStringBuilder(builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings__{connectionName} is not set.")) { NoResetOnClose = true };
        if (connectionString.MaxAutoPrepare == 0) connectionString.MaxAutoPrepare = AutoPrepared;
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<OutboxSignalInterceptor>();
        builder.Services.AddDbContextPool<TContext>((services, options) => options
            .UseNpgsql(connectionString.ConnectionString)
            .AddInterceptors(services.GetRequiredService<OutboxSignalInterceptor>()));
        builder.EnrichNpgsqlDbContext<TContext>();
        builder.Services.AddHostedService<DatabaseMigrator<TContext>>();
        return builder;
    }
}
