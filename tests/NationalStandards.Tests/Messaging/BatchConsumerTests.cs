using System.Collections.Concurrent;
using Grpc.Core;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RabbitMQ.Client;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.NationalStandards.Data;
using SendPlatform.NationalStandards.Tests.Api;
using SendPlatform.ServiceDefaults.Messaging;
using SendPlatform.ServiceDefaults.Messaging.Redelivery;
using SendPlatform.TestKit;

namespace SendPlatform.NationalStandards.Tests.Messaging;

/// <summary>
/// A batch consumer (IdempotentBatchConsumer) takes a burst in batches, applies each event once, and when one event of
/// a batch fails, applies the others and routes only that one: waited out if transient, parked as poison if not.
/// </summary>
public sealed class BatchConsumerTests(StandardsService service) : IClassFixture<StandardsService>
{
    private static readonly ConcurrentBag<int> BatchSizes = [];
    private static readonly ConcurrentDictionary<string, int> Handled = new();
    private static int _outageLeft;

    /// <summary>Versions ending ".9" break a rule (not transient); ".8" meet another service down while _outageLeft lasts.</summary>
    public sealed class RecordingConsumer(StandardsDbContext db, BatchFailureRouting routing)
        : IdempotentBatchConsumer<StandardsPublished, StandardsDbContext>(db, routing)
    {
        protected override Task HandleAsync(IReadOnlyList<StandardsPublished> events, CancellationToken cancellationToken)
        {
            BatchSizes.Add(events.Count);
            if (events.Any(e => e.Version.EndsWith(".9", StringComparison.Ordinal))) throw new InvalidOperationException("a rule the event breaks");
            if (events.Any(e => e.Version.EndsWith(".8", StringComparison.Ordinal)) && Interlocked.Decrement(ref _outageLeft) >= 0)
                throw new RpcException(new Status(StatusCode.Unavailable, "funding-bands did not answer"));
            OnceSaved.Then(Db, () =>
            {
                foreach (var e in events) Handled.AddOrUpdate(e.Version, 1, (_, n) => n + 1);
            });
            return Task.CompletedTask;
        }
    }

    private Task<IHost> StartAsync(string name) => TestConsumerHosts.StartAsync(service, name, bus => bus.AddBatchConsumer<RecordingConsumer>());

    private Task<ErrorQueue> ErrorQueueAsync(string name) => TestConsumerHosts.ErrorQueueAsync<RecordingConsumer>(service, name);

    private static async Task PublishAllAsync(IHost host, IEnumerable<StandardsPublished> events) =>
        await host.Services.GetRequiredService<IBus>().PublishBatch(events);

    [Fact]
    public async Task A_burst_is_taken_in_batches_and_each_event_applied_once_a_duplicate_and_a_redelivery_included()
    {
        using var host = await StartAsync("batch-burst-test");
        try
        {
            var burst = Enumerable.Range(0, 250).Select(i => new StandardsPublished($"3001.{i:000}.1", null, DateTimeOffset.UtcNow)).ToList();
            await PublishAllAsync(host, [.. burst, burst[7], burst[7]]);
            await Eventually.Get(() => Task.FromResult(burst.Count(e => Handled.ContainsKey(e.Version))), n => n == burst.Count,
                "every event of the burst applied", TimeSpan.FromSeconds(60));
            Assert.All(burst, e => Assert.Equal(1, Handled[e.Version]));
            Assert.Contains(BatchSizes, size => size > 1);
            Assert.All(BatchSizes, size => Assert.InRange(size, 1, BatchConsumers.MessageLimit));

            // Delivered again later (a re-publish after a dispatcher crash): claimed already, so nothing is applied.
            var batchesBefore = BatchSizes.Count;
            await PublishAllAsync(host, burst.Take(10));
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<StandardsDbContext>();
            var ids = burst.Select(e => e.EventId).ToArray();
            Assert.Equal(burst.Count, await db.InboxMessages.CountAsync(m => ids.Contains(m.MessageId)));
            await Task.Delay(TimeSpan.FromSeconds(2));
            Assert.All(burst, e => Assert.Equal(1, Handled[e.Version]));
            Assert.Equal(batchesBefore, BatchSizes.Count);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task One_failing_event_is_routed_alone_the_rest_of_its_batch_applied_and_a_transient_one_waited_out()
    {
        using var host = await StartAsync("batch-failure-test");
        try
        {
            var errors = await ErrorQueueAsync("batch-failure-test");
            Interlocked.Exchange(ref _outageLeft, 2);
            var good = Enumerable.Range(0, 20).Select(i => new StandardsPublished($"3002.{i:000}.1", null, DateTimeOffset.UtcNow)).ToList();
            var broken = new StandardsPublished("3002.500.9", null, DateTimeOffset.UtcNow);
            var delayed = new StandardsPublished("3002.600.8", null, DateTimeOffset.UtcNow);
            await PublishAllAsync(host, [.. good.Take(10), broken, delayed, .. good.Skip(10)]);

            await Eventually.Get(() => Task.FromResult(good.Count(e => Handled.ContainsKey(e.Version))), n => n == good.Count,
                "the rest of the batch applied", TimeSpan.FromSeconds(30));
            await Eventually.Get(() => errors.CountAsync(), n => n == 1, "the broken event parked as poison", TimeSpan.FromSeconds(30));
            var parked = Assert.Single(await errors.ListAsync(10));
            Assert.Equal(typeof(InvalidOperationException).FullName, parked.ExceptionType);
            // Unavailable twice (whichever batch it joined, then alone), so it waited in a wait queue and was applied on its return.
            await Eventually.Get(() => Task.FromResult(Handled.GetValueOrDefault(delayed.Version)), n => n == 1, "the delayed event applied after waiting",
                TimeSpan.FromSeconds(30));
            await using (var connection = await new ConnectionFactory { Uri = new Uri(service.MessagingConnectionString) }.CreateConnectionAsync())
            await using (var channel = await connection.CreateChannelAsync())
                await channel.QueueDeclarePassiveAsync(WaitQueues.NameFor(errors.Queue, TimeSpan.FromSeconds(1)));
            Assert.All(good, e => Assert.Equal(1, Handled[e.Version]));
            Assert.False(Handled.ContainsKey(broken.Version));
            Assert.Equal(1u, await errors.CountAsync());
        }
        finally
        {
            await host.StopAsync();
        }
    }
}
