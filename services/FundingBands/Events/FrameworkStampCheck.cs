using SendPlatform.FundingBands.Data;

namespace SendPlatform.FundingBands.Events;

/// <summary>
/// Bounds how stale this replica's published frameworks can be if it misses a TariffScheduleChanged (a notice on a
/// temporary queue is lost while the replica is disconnected): every Frameworks:StampCheckInterval (30 s) it
/// compares the database's stamp with the one it loaded, and reloads on a difference.
/// </summary>
public sealed class FrameworkStampCheck(PublishedFrameworkStore store, IConfiguration configuration, TimeProvider clock,
    ILogger<FrameworkStampCheck> logger) : BackgroundService
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue("Frameworks:StampCheckInterval", DefaultInterval);
        if (interval <= TimeSpan.Zero || interval > TimeSpan.FromMinutes(1))
        {
            throw new InvalidOperationException("Frameworks:StampCheckInterval must be more than zero and at most a minute.");
        }
        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (await store.RefreshIfChangedAsync(stoppingToken))
                {
                    logger.LogInformation("Published frameworks changed without a notice reaching this replica; reloaded.");
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Checking the published frameworks' stamp failed; trying again in {Interval}", interval);
            }
        }
    }
}
