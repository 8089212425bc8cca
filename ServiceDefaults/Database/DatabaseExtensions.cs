using Microsoft.Extensions.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.ServiceDefaults.Database;

public static class DatabaseExtensions
{
    /// <summary>
    /// The service's own PostgreSQL database from ConnectionStrings__{connectionName}. Migrations are applied
    /// at start-up, before any other hosted service (outbox dispatcher, message consumers) runs.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext>(this IHostApplicationBuilder builder, string connectionName)
        where TContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings__{connectionName} is not set.");
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<OutboxSignalInterceptor>();
        builder.Services.AddDbContext<TContext>((services, options) => options
            .UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure())
            .AddInterceptors(services.GetRequiredService<OutboxSignalInterceptor>()));
        builder.Services.AddHostedService<DatabaseMigrator<TContext>>();
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck<TContext>>(connectionName, tags: [HealthTags.Ready]);
        return builder;
    }
}
