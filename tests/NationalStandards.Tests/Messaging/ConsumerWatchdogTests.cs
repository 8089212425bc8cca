using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.NationalStandards.Data;
using SendPlatform.NationalStandards.Tests.Api;
using SendPlatform.ServiceDefaults.Messaging;
using SendPlatform.ServiceDefaults.Messaging.Watchdog;
using SendPlatform.TestKit;

namespace SendPlatform.NationalStandards.Tests.Messaging;

/// <summary>
/// A consumer endpoint that MassTransit has stopped for good, with the broker up, is brought back by the watchdog
/// restarting the bus (Messaging:Watchdog shortened here to a look every 200 ms and a grace of 3 s), and the event that
/// waited in its queue meanwhile is consumed.
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
}
