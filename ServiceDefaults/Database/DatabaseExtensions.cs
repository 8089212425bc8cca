using Microsoft.Extensions.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.ServiceDefaults.Database;

public static class DatabaseExtensions
{
    /// <summary>
    /// The service's own PostgreSQL database from ConnectionStrings__{connectionName}: a pooled DbContext (the outbox
    /// interceptor wakes the dispatcher on commit), with Aspire's Npgsql integration adding retries on transient
    /// failures, the /health check, and tracing and metrics. Migrations are applied at start-up, before any other
    /// hosted service (outbox dispatcher, message consumers) runs.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext>(this IHostApplicationBuilder builder, string connectionName)
        where TContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings__{connectionName} is not set.");
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<OutboxSignalInterceptor>();
        builder.Services.AddDbContextPool<TContext>((services, options) => options
            .UseNpgsql(connectionString)
            .AddInterceptors(services.GetRequiredService<OutboxSignalInterceptor>()));
        builder.EnrichNpgsqlDbContext<TContext>();
        builder.Services.AddHostedService<DatabaseMigrator<TContext>>();
        return builder;
    }
}
