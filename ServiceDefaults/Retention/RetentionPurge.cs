using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SendPlatform.ServiceDefaults.Database;

namespace SendPlatform.ServiceDefaults.Retention;

/// <summary>
/// Runs a service's retention rules every Retention:Interval on one replica at a time (whoever takes the lock; the
/// others skip that round). Each rule is its own statement, so a failing rule does not hold back the others.
/// </summary>
public sealed class RetentionPurge<TContext>(
    IServiceScopeFactory scopes,
    IEnumerable<IRetentionRule<TContext>> rules,
    TimeProvider clock,
    IOptions<RetentionOptions> options,
    ILogger<RetentionPurge<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        do
        {
            try
            {
                await PurgeOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "The retention purge failed; it runs again in {Interval}", options.Value.Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Runs every rule once at the clock's now; the rows each purged, or null if another replica is purging.</summary>
    public async Task<IReadOnlyDictionary<string, int>?> PurgeOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        return await db.RunAloneAsync($"retention:{typeof(TContext).Name}", async () =>
        {
            var now = clock.GetUtcNow();
            var purged = new Dictionary<string, int>();
            foreach (var rule in rules)
            {
                purged[rule.Name] = await rule.PurgeAsync(db, now, cancellationToken);
                if (purged[rule.Name] > 0) logger.LogInformation("Retention: {Rule}: {Rows} rows", rule.Name, purged[rule.Name]);
            }
            return purged;
        }, cancellationToken);
    }
}
