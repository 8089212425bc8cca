using System.Diagnostics.Metrics;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SendPlatform.ServiceDefaults.Messaging.Redelivery;

namespace SendPlatform.ServiceDefaults.Messaging.Watchdog;

/// <summary>
/// Restarts the bus when this replica's consumers have stayed down with the broker reachable. MassTransit reconnects
/// a receive endpoint after a broker restart by itself (waiting at most 30 s between tries), but an error it does not
/// class as transient ends its retries for good ("ReceiveTransport Cannot Retry"), and its issues record endpoints
/// left idle after broker restarts (#2072, #5692, #6095); events then wait in their queue and nothing says so but a
/// Degraded health check. Written here because MassTransit offers no such recovery: it is a few lines over its own
/// endpoint health (<see cref="IBus.CheckHealth"/>) and the broker's reachability as the poison-message count sees it.
/// Stopping and starting the bus is what a process restart would do, without losing the outbox's or the API's work:
/// publishes during it fail and are retried, and deliveries in flight are redelivered to consumers that de-duplicate.
/// </summary>
public sealed class ConsumerWatchdog : BackgroundService
{
    private readonly IBusControl _bus;
    private readonly PoisonMessageMonitor _broker;
    private readonly TimeProvider _clock;
    private readonly WatchdogSettings _settings;
    private readonly ILogger<ConsumerWatchdog> _logger;
    private readonly ConsumersLost _lost;
    private readonly Counter<long> _restarts;
    private readonly TaskCompletionSource _watching = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConsumerWatchdog(IBusControl bus, PoisonMessageMonitor broker, TimeProvider clock, IOptions<WatchdogSettings> settings,
        ILogger<ConsumerWatchdog> logger, IMeterFactory meters)
    {
        _bus = bus;
        _broker = broker;
        _clock = clock;
        _settings = settings.Value;
        _logger = logger;
        _lost = new ConsumersLost(_settings.Grace);
        _restarts = meters.Create(MessagingTelemetry.MeterName).CreateCounter<long>("send.messaging.bus_restarts", "{restart}",
            "Bus restarts attempted because its consumers stayed down with the broker reachable, by outcome (restarted or failed).");
    }

    /// <summary>How many times this replica has restarted its bus and the restart completed.</summary>
    public int Restarts { get; private set; }

    /// <summary>How many restarts threw before the bus was started again.</summary>
    public int FailedRestarts { get; private set; }

    /// <summary>
    /// Completes once the bus has been ready and the looks are scheduled (the interval counts from then): until then
    /// start-up (migrations, the first connection) is under way.
    /// </summary>
    public Task Watching => _watching.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            // Looked for often: an endpoint lost moments after start-up must not be taken for one still starting.
            while (_bus.CheckHealth().Status != BusHealthStatus.Healthy) await Task.Delay(TimeSpan.FromMilliseconds(100), _clock, stoppingToken);
            using var timer = new PeriodicTimer(_settings.Interval, _clock);
            _watching.TrySetResult();
            while (await timer.WaitForNextTickAsync(stoppingToken)) await LookAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task LookAsync(CancellationToken stoppingToken)
    {
        var health = _bus.CheckHealth();
        var ready = health.Status == BusHealthStatus.Healthy;
        await _broker.CountsAsync(stoppingToken);
        if (!_lost.RestartDue(ready, _broker.Reachable, _clock.GetUtcNow())) return;
        _logger.LogError("Consumers have been down for {Grace} with RabbitMQ reachable ({Description}); restarting the bus", _settings.Grace, health.Description);
        try
        {
            await _bus.StopAsync(stoppingToken);
            await _bus.StartAsync(stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // The next look finds the consumers still down and tries again after another grace.
            _logger.LogError(ex, "Restarting the bus failed");
            FailedRestarts++;
            _restarts.Add(1, new KeyValuePair<string, object?>("outcome", "failed"));
            return;
        }
        Restarts++;
        _restarts.Add(1, new KeyValuePair<string, object?>("outcome", "restarted"));
    }
}
