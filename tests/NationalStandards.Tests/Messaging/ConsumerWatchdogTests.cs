using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Reflection;
using MassTransit;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.DependencyInjection;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.NationalStandards.Data;
using SendPlatform.NationalStandards.Tests.Api;
using SendPlatform.ServiceDefaults.Messaging;
using SendPlatform.ServiceDefaults.Messaging.Redelivery;
using SendPlatform.ServiceDefaults.Messaging.Watchdog;
using SendPlatform.TestKit;

namespace SendPlatform.NationalStandards.Tests.Messaging;

/// <summary>
/// A consumer endpoint that MassTransit has stopped for good, with the broker up, is brought back by the watchdog
/// restarting the bus (Messaging:Watchdog shortened here to a look every 200 ms and a grace of 3 s), and the event that
/// waited in its queue meanwhile is consumed. A restart that fails is counted, and tried again a whole grace later.
/// </summary>
public sealed class ConsumerWatchdogTests(StandardsService service) : IClassFixture<StandardsService>
{
    private static int _handled;

    public sealed class CountingConsumer(StandardsDbContext db) : IdempotentConsumer<StandardsPublished, StandardsDbContext>(db)
    {
        protected override Task HandleAsync(StandardsPublished integrationEvent, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _handled);
            return Task.CompletedTask;
        }
    }

    /// <summary>The consumer's receive endpoint, as it reports itself ready.</summary>
    private sealed class ConsumerEndpoint : IReceiveEndpointObserver
    {
        public TaskCompletionSource<IReceiveEndpoint> First { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Ready(ReceiveEndpointReady ready)
        {
            First.TrySetResult(ready.ReceiveEndpoint);
            return Task.CompletedTask;
        }

        public Task Stopping(ReceiveEndpointStopping stopping) => Task.CompletedTask;
        public Task Completed(ReceiveEndpointCompleted completed) => Task.CompletedTask;
        public Task Faulted(ReceiveEndpointFaulted faulted) => Task.CompletedTask;
    }

    [Fact]
    public async Task A_consumer_endpoint_left_stopped_with_the_broker_up_is_brought_back_by_restarting_the_bus()
    {
        var endpoint = new ConsumerEndpoint();
        using var host = await TestConsumerHosts.StartAsync(service, "watchdog-test", bus =>
            {
                bus.AddConsumer<CountingConsumer>();
                bus.AddConfigureEndpointsCallback((_, queue, configurator) =>
                {
                    if (queue.EndsWith("counting", StringComparison.Ordinal)) configurator.ConnectReceiveEndpointObserver(endpoint);
                });
            },
            new Dictionary<string, string?> { ["Messaging:Watchdog:Interval"] = "00:00:00.200", ["Messaging:Watchdog:Grace"] = "00:00:03" });
        try
        {
            var watchdog = host.Services.GetRequiredService<ConsumerWatchdog>();
            var bus = host.Services.GetRequiredService<IBusControl>();
            await watchdog.Watching.WaitAsync(TimeSpan.FromSeconds(30));
            // As MassTransit leaves an endpoint whose reconnection gave up: stopped, with nothing to start it again.
            await (await endpoint.First.Task.WaitAsync(TimeSpan.FromSeconds(30))).Stop();
            await bus.Publish(new StandardsPublished("2053.1", null, DateTimeOffset.UtcNow));
            await Task.Delay(TimeSpan.FromSeconds(1));
            Assert.Equal(0, Volatile.Read(ref _handled));
            Assert.Equal(0, watchdog.Restarts);

            await Eventually.Get(() => Task.FromResult(Volatile.Read(ref _handled)), n => n == 1, "the waiting event consumed once the bus restarted",
                TimeSpan.FromSeconds(60));
            Assert.Equal(1, watchdog.Restarts);
            Assert.Equal(0, watchdog.FailedRestarts);
            Assert.Equal(BusHealthStatus.Healthy, bus.CheckHealth().Status);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task A_restart_that_fails_is_counted_and_tried_again_a_whole_grace_later()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
        var interval = TimeSpan.FromSeconds(15);
        var bus = DispatchProxy.Create<IBusControl, FlakyBus>();
        var flaky = (FlakyBus)(object)bus;
        using var metrics = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meters = metrics.GetRequiredService<IMeterFactory>();
        // The broker is real and answers, so the consumers' absence counts.
        await using var broker = new PoisonMessageMonitor(service.MessagingConnectionString, clock, meters);
        using var watchdog = new ConsumerWatchdog(bus, broker, clock, Options.Create(new WatchdogSettings { Interval = interval, Grace = 2 * interval }),
            NullLogger<ConsumerWatchdog>.Instance, meters);
        await watchdog.StartAsync(CancellationToken.None);
        await watchdog.Watching.WaitAsync(TimeSpan.FromSeconds(30));

        flaky.Clock = clock;
        flaky.ConsumersDown = true;
        flaky.StartsToFail = 1;
        var down = clock.GetUtcNow();
        // The watchdog looks every interval until the restart that fails and the one after it have been tried.
        for (var look = 0; look < 20 && watchdog.Restarts == 0; look++) await LookAsync(clock, flaky, interval);
        await Eventually.Get(() => Task.FromResult(watchdog.Restarts), n => n == 1, "the second restart completed");
        await watchdog.StopAsync(CancellationToken.None);

        Assert.Equal(1, watchdog.FailedRestarts);
        var tried = flaky.StartsTried.ToArray();
        Assert.Equal(2, tried.Length);
        Assert.Equal(2, flaky.Stops);
        Assert.True(tried[0] - down >= 2 * interval, "the first restart waits a whole grace");
        Assert.True(tried[1] - tried[0] >= 2 * interval, "a failed restart is tried again a whole grace later, not at once");
    }

    /// <summary>Moves the clock on by one interval and waits until the watchdog has looked at the bus.</summary>
    private static async Task LookAsync(FakeTimeProvider clock, FlakyBus bus, TimeSpan interval)
    {
        var looked = bus.HealthChecks;
        clock.Advance(interval);
        await Eventually.Get(() => Task.FromResult(bus.HealthChecks), n => n > looked, "the watchdog's look");
    }

    /// <summary>
    /// A bus whose consumers can be made to look down and whose restarts can be made to fail, which no real bus does
    /// on demand. Only what the watchdog calls is answered.
    /// </summary>
    public class FlakyBus : DispatchProxy
    {
        private int _healthChecks;

        public bool ConsumersDown { get; set; }
        public int StartsToFail { get; set; }
        public int HealthChecks => Volatile.Read(ref _healthChecks);
        public TimeProvider Clock { get; set; } = TimeProvider.System;
        public int Stops { get; private set; }
        public ConcurrentQueue<DateTimeOffset> StartsTried { get; } = new();

        protected override object? Invoke(MethodInfo? method, object?[]? args)
        {
            switch (method!.Name)
            {
                case nameof(IBusControl.CheckHealth):
                    Interlocked.Increment(ref _healthChecks);
                    return ConsumersDown
                        ? BusHealthResult.Unhealthy("consumers down", new InvalidOperationException("ReceiveTransport Cannot Retry"), new Dictionary<string, EndpointHealthResult>())
                        : BusHealthResult.Healthy("ready", new Dictionary<string, EndpointHealthResult>());
                case nameof(IBusControl.StopAsync):
                    Stops++;
                    return Task.CompletedTask;
                case nameof(IBusControl.StartAsync):
                    StartsTried.Enqueue(Clock.GetUtcNow());
                    if (StartsToFail-- > 0) return Task.FromException<BusHandle>(new InvalidOperationException("The broker refused the connection."));
                    ConsumersDown = false;
                    return Task.FromResult<BusHandle>(null!);
                default:
                    throw new NotSupportedException($"The watchdog does not call {method.Name}.");
            }
        }
    }
}
