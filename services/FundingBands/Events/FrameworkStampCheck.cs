using Microsoft.Extensions.Options;
using SendPlatform.FundingBands.Data;

namespace SendPlatform.FundingBands.Events;

/// <summary>
/// Bounds how stale this replica's published frameworks can be if it misses a TariffScheduleChanged (a notice on a
/// temporary queue is lost while the replica is disconnected): every Frameworks:StampCheckInterval (30 s) it
/// compares the database's stamp with the one it loaded, and reloads on a difference.
/// </summary>
public sealed class FrameworkStampCheck(PublishedFrameworkStore store, IOptions<FrameworkStampCheck.Settings> settings, TimeProvider clock,
    ILogger<FrameworkStampCheck> logger) : BackgroundService
{
    /// <summary>Frameworks:StampCheckInterval, checked at start-up: more than zero and at most a minute, the staleness promised.</summary>
    public sealed class Settings
    {
        public const string Rule = "Frameworks:StampCheckInterval must be more than zero and at most a minute.";

        public TimeSpan StampCheckInterval { get; set; } = TimeSpan.FromSeconds(30);

        public bool IsValid => StampCheckInterval > TimeSpan.Zero && StampCheckInterval <= TimeSpan.FromMinutes(1);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.Value.StampCheckInterval, clock);
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
                logger.LogWarning(ex, "Checking the published frameworks' stamp failed; trying again in {Interval}", settings.Value.StampCheckInterval);
            }
        }
    }
}
