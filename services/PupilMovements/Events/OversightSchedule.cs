using Microsoft.Extensions.Options;

namespace SendPlatform.PupilMovements.Events;

/// <summary>
/// Runs the oversight sweep at start and then every SweepInterval, on the injected clock, on whichever replica gets
/// there first (the others skip that round). A failed run is logged and the next one tries again: alerts that were
/// due are still due.
/// </summary>
public sealed class OversightSchedule(OversightSweep sweep, IOptions<OversightOptions> options, TimeProvider clock, ILogger<OversightSchedule> logger)
    : BackgroundService
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
                    logger.LogInformation("Oversight sweep skipped: another replica is running it");
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Oversight sweep failed; the next runs in {Interval}", options.Value.SweepInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
