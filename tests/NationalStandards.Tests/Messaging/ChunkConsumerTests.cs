using System.Collections.Concurrent;
using Grpc.Core;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.NationalStandards.Data;
using SendPlatform.NationalStandards.Tests.Api;
using SendPlatform.ServiceDefaults.Messaging;
using SendPlatform.ServiceDefaults.Messaging.Redelivery;
using SendPlatform.TestKit;

namespace SendPlatform.NationalStandards.Tests.Messaging;

/// <summary>
/// A chunk consumer (IdempotentChunkConsumer) applies the events chunks carry and the same events sent alone, each
/// once, in transactions of at most EventLimit; when one event of a chunk fails, the chunk's others are applied and
/// the chunk is routed once, to re-apply only what failed.
/// </summary>
public sealed class ChunkConsumerTests(StandardsService service) : IClassFixture<StandardsService>
{
    private static readonly ConcurrentBag<int> TransactionSizes = [];
    private static readonly ConcurrentDictionary<Guid, int> Handled = new();
    private static int _outageLeft;

    /// <summary>UPNs ending "9" break a rule (not transient); "8" meet another service down while _outageLeft lasts.</summary>
    public sealed class RecordingConsumer(StandardsDbContext db, BatchFailureRouting routing)
        : IdempotentChunkConsumer<PupilMoved, PupilsMoved, StandardsDbContext>(db, routing)
    {
        protected override Task HandleAsync(IReadOnlyList<PupilMoved> events, CancellationToken cancellationToken)
        {
            TransactionSizes.Add(events.Count);
            if (events.Any(e => e.Upn.EndsWith('9'))) throw new InvalidOperationException("a rule the event breaks");
            if (events.Any(e => e.Upn.EndsWith('8')) && Interlocked.Decrement(ref _outageLeft) >= 0)
                throw new RpcException(new Status(StatusCode.Unavailable, "funding-bands did not answer"));
            OnceSaved.Then(Db, () =>
            {
                foreach (var e in events) Handled.AddOrUpdate(e.MovementId, 1, (_, n) => n + 1);
            });
            return Task.CompletedTask;
        }
    }

    private static PupilMoved Moved(string upn) => new(Guid.NewGuid(), upn, "Admission", new DateOnly(2026, 11, 2), null, "100000", null, "931", "N");

    private static List<PupilMoved> Movements(int count, int run) => [.. Enumerable.Range(0, count).Select(i => Moved($"T{run:000}{i:00000000}0"))];

    private Task<IHost> StartAsync(string name) => TestConsumerHosts.StartAsync(service, name, bus => bus.AddBatchConsumer<RecordingConsumer>());

    [Fact]
    public async Task Chunks_and_single_events_are_each_applied_once_in_transactions_of_at_most_the_limit()
    {
        using var host = await StartAsync("chunk-burst-test");
        try
        {
            var bus = host.Services.GetRequiredService<IBus>();
            var movements = Movements(3000, run: 1);
            var chunks = movements.Chunk(100).Select(c => new PupilsMoved(c)).ToList();
            // A chunk published twice (a re-publish after a dispatcher crash), and one of its events sent alone as well.
            await bus.PublishBatch<PupilsMoved>([.. chunks, chunks[3]]);
            await bus.Publish(chunks[5].Movements[7]);
            var alone = Movements(5, run: 2);
            await bus.PublishBatch(alone);

            await Eventually.Get(() => Task.FromResult(movements.Concat(alone).Count(e => Handled.ContainsKey(e.MovementId))), n => n == 3005,
                "every movement applied", TimeSpan.FromSeconds(60));
            await Task.Delay(TimeSpan.FromSeconds(1));
            Assert.All(movements.Concat(alone), e => Assert.Equal(1, Handled[e.MovementId]));
            // Each event's id is claimed, not the chunk's: nothing else of the chunks is in the inbox.
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<StandardsDbContext>();
            var chunkIds = chunks.Select(c => c.EventId).ToArray();
            var eventIds = movements.Select(e => e.EventId).ToArray();
            Assert.Equal(3000, await db.InboxMessages.CountAsync(m => eventIds.Contains(m.MessageId)));
            Assert.Equal(0, await db.InboxMessages.CountAsync(m => chunkIds.Contains(m.MessageId)));
            // A burst of chunks is applied several chunks to a transaction, never more than the limit.
            Assert.Contains(TransactionSizes, size => size > BatchConsumers.MessageLimit);
            Assert.All(TransactionSizes, size => Assert.InRange(size, 1, IdempotentChunkConsumer<PupilMoved, PupilsMoved, StandardsDbContext>.EventLimit));
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task A_chunks_failing_event_routes_the_chunk_once_its_others_applied_and_a_transient_one_waited_out()
    {
        using var host = await StartAsync("chunk-failure-test");
        try
        {
            var errors = await TestConsumerHosts.ErrorQueueAsync<RecordingConsumer>(service, "chunk-failure-test");
            Interlocked.Exchange(ref _outageLeft, 2);
            var good = Movements(40, run: 3);
            var broken = new[] { Moved("T9990000000019"), Moved("T9990000000029") };
            var delayed = Moved("T9990000000038");
            var withBroken = new PupilsMoved([.. good.Take(20), broken[0], broken[1]]);
            var withDelayed = new PupilsMoved([.. good.Skip(20), delayed]);
            // Sent as the outbox sends: the message's id is the event's.
            var bus = host.Services.GetRequiredService<IBus>();
            foreach (var chunk in new[] { withBroken, withDelayed }) await bus.Publish(chunk, context => context.MessageId = chunk.EventId);

            await Eventually.Get(() => Task.FromResult(good.Count(e => Handled.ContainsKey(e.MovementId))), n => n == good.Count,
                "the chunks' other events applied", TimeSpan.FromSeconds(30));
            // Two events of one chunk failed: the chunk is parked once, as the message it came in.
            await Eventually.Get(() => errors.CountAsync(), n => n == 1, "the chunk with the broken events parked as poison", TimeSpan.FromSeconds(30));
            var parked = Assert.Single(await errors.ListAsync(10));
            Assert.Equal(withBroken.EventId.ToString(), parked.MessageId);
            Assert.Equal(typeof(InvalidOperationException).FullName, parked.ExceptionType);
            // Unavailable twice (alone, then in its chunk's return), so its chunk waited in a wait queue and only it was re-applied.
            await Eventually.Get(() => Task.FromResult(Handled.GetValueOrDefault(delayed.MovementId)), n => n == 1, "the delayed event applied after waiting",
                TimeSpan.FromSeconds(30));
            Assert.All(good, e => Assert.Equal(1, Handled[e.MovementId]));
            Assert.All(broken, e => Assert.False(Handled.ContainsKey(e.MovementId)));
            Assert.Equal(1u, await errors.CountAsync());
        }
        finally
        {
            await host.StopAsync();
        }
    }
}
