using Grpc.Core;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using RabbitMQ.Client;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.ErrorQueues;
using SendPlatform.NationalStandards.Data;
using SendPlatform.NationalStandards.Tests.Api;
using SendPlatform.ServiceDefaults.Messaging;
using SendPlatform.ServiceDefaults.Messaging.Redelivery;
using SendPlatform.TestKit;

namespace SendPlatform.NationalStandards.Tests.Messaging;

/// <summary>
/// A consumer outlives its dependencies' outages: a transient failure is waited out in wait queues along the schedule
/// (shortened here to seconds), a message that outlasts the schedule is parked as poison, counted in health, listed,
/// and replayed once the cause is fixed; a failure that is not transient is parked at once.
/// </summary>
public sealed class RedeliveryTests(StandardsService service) : IClassFixture<StandardsService>
{
    private static int _outageDeliveries;
    private static volatile bool _dependencyDown;
    private static int _handledAfterOutage;
    private static int _bugDeliveries;

    // Another service away. (A TimeoutException would be retried first by the database's execution strategy, for a minute.)
    private static readonly RpcException Unavailable = new(new Status(StatusCode.Unavailable, "funding-bands did not answer"));

    /// <summary>The service it calls is down for the first three deliveries.</summary>
    public sealed class OutageConsumer(StandardsDbContext db) : IdempotentConsumer<StandardsPublished, StandardsDbContext>(db)
    {
        protected override Task HandleAsync(StandardsPublished integrationEvent, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _outageDeliveries) <= 3) throw Unavailable;
            return Task.CompletedTask;
        }
    }

    /// <summary>Its dependency stays down until the test brings it back.</summary>
    public sealed class LongOutageConsumer(StandardsDbContext db) : IdempotentConsumer<StandardsPublished, StandardsDbContext>(db)
    {
        protected override Task HandleAsync(StandardsPublished integrationEvent, CancellationToken cancellationToken)
        {
            if (_dependencyDown) throw Unavailable;
            Interlocked.Increment(ref _handledAfterOutage);
            return Task.CompletedTask;
        }
    }

    public sealed class BuggyConsumer(StandardsDbContext db) : IdempotentConsumer<StandardsPublished, StandardsDbContext>(db)
    {
        protected override Task HandleAsync(StandardsPublished integrationEvent, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _bugDeliveries);
            throw new InvalidOperationException("a rule the event breaks");
        }
    }

    private Task<IHost> StartAsync<TConsumer>(string name) where TConsumer : class, IConsumer =>
        TestConsumerHosts.StartAsync(service, name, bus => bus.AddConsumer<TConsumer>());

    private Task<ErrorQueue> ErrorQueueAsync<TConsumer>(string name) where TConsumer : class, IConsumer =>
        TestConsumerHosts.ErrorQueueAsync<TConsumer>(service, name);

    private static async Task<HealthReportEntry> PoisonHealthAsync(IHost host) =>
        (await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Name == "poison-messages")).Entries["poison-messages"];

    [Fact]
    public async Task A_transient_failure_is_waited_out_in_wait_queues_and_the_event_is_then_handled_once()
    {
        using var host = await StartAsync<OutageConsumer>("outage-test");
        try
        {
            var published = new StandardsPublished("2052.1", null, DateTimeOffset.UtcNow);
            await host.Services.GetRequiredService<IBus>().Publish(published);
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<StandardsDbContext>();
            await Eventually.Get(() => Task.FromResult(db.InboxMessages.Any(m => m.MessageId == published.EventId)), handled => handled,
                "the event handled after three redeliveries", TimeSpan.FromSeconds(60));
            Assert.Equal(4, _outageDeliveries);
            var errors = await ErrorQueueAsync<OutageConsumer>("outage-test");
            Assert.Equal(0u, await errors.CountAsync());
            Assert.Equal(HealthStatus.Healthy, (await PoisonHealthAsync(host)).Status);
            // Counting declared the error queue (a passive declare of a missing one would log an error on the broker).
            await using var connection = await new ConnectionFactory { Uri = new Uri(service.MessagingConnectionString) }.CreateConnectionAsync();
            await using var channel = await connection.CreateChannelAsync();
            Assert.Equal(0u, (await channel.QueueDeclarePassiveAsync(errors.Name)).MessageCount);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task A_message_that_outlasts_the_schedule_is_poison_counted_listed_and_replayed_once_the_cause_is_fixed()
    {
        _dependencyDown = true;
        using var host = await StartAsync<LongOutageConsumer>("long-outage-test");
        try
        {
            // The error queue is declared by the count before the first fault: MassTransit's own declaration must match it.
            Assert.Equal(HealthStatus.Healthy, (await PoisonHealthAsync(host)).Status);
            var published = new StandardsPublished("2053.1", null, DateTimeOffset.UtcNow);
            await host.Services.GetRequiredService<IBus>().Publish(published);
            var errors = await ErrorQueueAsync<LongOutageConsumer>("long-outage-test");
            // 1 + 1 + 2 seconds of waiting, then parked.
            await Eventually.Get(() => errors.CountAsync(), n => n == 1, "the message parked after the schedule", TimeSpan.FromSeconds(60));
            var health = await Eventually.Get(() => PoisonHealthAsync(host), h => h.Status == HealthStatus.Degraded, "Degraded while poison waits",
                TimeSpan.FromSeconds(30));
            Assert.Contains($"1 in {errors.Name}", health.Description);

            var listed = Assert.Single(await errors.ListAsync(10));
            Assert.Equal(typeof(RpcException).FullName, listed.ExceptionType);
            Assert.Contains(nameof(StandardsPublished), listed.MessageType);
            Assert.Equal(1u, await errors.CountAsync());

            _dependencyDown = false;
            var output = new StringWriter();
            Assert.Equal(0, await ErrorQueueCommand.RunAsync([errors.Queue, "--amqp", service.MessagingConnectionString], output));
            Assert.Contains($"1 poison message(s) in {errors.Name}", output.ToString());
            Assert.Contains($"1 replayed to {errors.Queue}", output.ToString());
            Assert.DoesNotContain("2053.1", output.ToString());
            await Eventually.Get(() => Task.FromResult(_handledAfterOutage), n => n == 1, "the replayed event handled", TimeSpan.FromSeconds(30));
            Assert.Equal(0u, await errors.CountAsync());
            await Eventually.Get(() => PoisonHealthAsync(host), h => h.Status == HealthStatus.Healthy, "Healthy once replayed", TimeSpan.FromSeconds(30));
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task The_replay_command_names_the_consumer_queue_and_refuses_anything_else()
    {
        var output = new StringWriter();
        Assert.Equal(2, await ErrorQueueCommand.RunAsync([], output));
        Assert.Contains("usage:", output.ToString());
        Assert.Equal(2, await ErrorQueueCommand.RunAsync(["pupil-movements-ap-placement-started_error"], output));
        Assert.Contains("Name the consumer queue, not its error queue: pupil-movements-ap-placement-started", output.ToString());
    }

    [Fact]
    public async Task A_failure_that_is_not_transient_is_parked_at_once_without_waiting()
    {
        using var host = await StartAsync<BuggyConsumer>("bug-test");
        try
        {
            await host.Services.GetRequiredService<IBus>().Publish(new StandardsPublished("2054.1", null, DateTimeOffset.UtcNow));
            var errors = await ErrorQueueAsync<BuggyConsumer>("bug-test");
            await Eventually.Get(() => errors.CountAsync(), n => n == 1, "the message parked", TimeSpan.FromSeconds(30));
            Assert.Equal(1, _bugDeliveries);
            Assert.Equal(typeof(InvalidOperationException).FullName, Assert.Single(await errors.ListAsync(10)).ExceptionType);
        }
        finally
        {
            await host.StopAsync();
        }
    }
}
