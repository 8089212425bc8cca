using Microsoft.Extensions.Options;

namespace SendPlatform.PupilMovements.Events;

/// <summary>
/// Runs the oversight sweep at start and then every SweepInterval, on the injected clock. A failed run is logged
/// and the next one tries again: alerts that were due are still due.
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
                await sweep.RunAsync(clock.GetUtcNow(), stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Oversight sweep failed; the next runs in {Interval}", options.Value.SweepInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
