using Microsoft.Extensions.Options;

namespace SendPlatform.EhcAssessments.Events;

/// <summary>
/// Runs the overdue sweep at start and then every SweepInterval, on the injected clock, on whichever replica gets there
/// first (the others skip that round). A failed run is logged and the next one tries again: what was overdue still is.
/// </summary>
public sealed class OverdueSchedule(OverdueSweep sweep, IOptions<OverdueOptions> options, TimeProvider clock, ILogger<OverdueSchedule> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.ScheduleEnabled) return;
        using var timer = new PeriodicTimer(options.Value.SweepInterval, clock);
        do
        {
            try
            {
                if (await sweep.RunAloneAsync(clock.GetUtcNow(), stoppingToken) is null)
                    logger.LogInformation("Overdue sweep skipped: another replica is running it");
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Overdue sweep failed; the next runs in {Interval}", options.Value.SweepInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
