using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SendPlatform.ServiceDefaults.Database;

/// <summary>Applies the committed EF migrations when the service starts (EF takes a lock, so replicas may race safely).</summary>
public sealed class DatabaseMigrator<TContext>(IServiceScopeFactory scopes, ILogger<DatabaseMigrator<TContext>> logger)
    : IHostedService where TContext : DbContext
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        // An empty database (as AppHost creates them) would otherwise have EF query the history table before creating
        // it and log that failure as an error on every first start.
        if (await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(cancellationToken))
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        var latest = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).LastOrDefault();
        logger.LogInformation("Database {Context} is at migration {Migration}", typeof(TContext).Name, latest);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
