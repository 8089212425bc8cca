using Microsoft.EntityFrameworkCore;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.NationalStandards.Api;
using SendPlatform.NationalStandards.Data;
using SendPlatform.ServiceDefaults.Messaging;
using SendPlatform.TestKit;

namespace SendPlatform.NationalStandards.Tests.Messaging;

/// <summary>
/// The outbox's dispatch. Several workers share one outbox: each row is claimed by one of them, so a backlog of 1,200
/// events leaves each once, every row marked dispatched, whichever worker took it. Events of a type
/// with a chunk form, committed together, leave as one chunk (OutboxPacking) carrying each as it was stored; other
/// events leave alone, under their own ids.
/// </summary>
public sealed class OutboxDispatchTests
{
    private static StandardsDbContext Database(ServiceFactory<StandardsSetsApi> service) =>
        new(new DbContextOptionsBuilder<StandardsDbContext>().UseNpgsql(service.DatabaseConnectionString).Options);

    [Fact]
    public async Task Four_workers_publish_a_backlog_each_event_once_and_mark_every_row()
    {
        var infrastructure = await PlatformInfrastructure.GetAsync();
        var vhost = await infrastructure.RabbitMq.AddVirtualHostAsync();
        await using var observer = await EventsObserver<TailoredListDrawn, TailoredListsDrawn>.StartAsync(vhost);
        await using var service = new ServiceFactory<StandardsSetsApi>(infrastructure, "standardsdb", vhost)
        {
            Settings = { ["Outbox:Workers"] = "4", ["Outbox:BatchSize"] = "25", ["Outbox:PollInterval"] = "00:00:00.2" },
        };
        service.StartServer();

        const int Events = 1200;
        var ids = new HashSet<Guid>();
        await using (var db = Database(service))
        {
            for (var i = 0; i < Events; i++)
            {
                var drawn = new TailoredListDrawn(Guid.NewGuid(), "931", new DateOnly(2026, 12, 1), i % 50, "MAINSTREAM") { OccurredAt = DateTimeOffset.UtcNow };
                ids.Add(drawn.EventId);
                db.EnqueueIntegrationEvent(drawn);
            }
            await db.SaveChangesAsync();
        }

        await Eventually.Get(() => Task.FromResult(observer.Received.Count), n => n >= Events, "every event on the broker", TimeSpan.FromSeconds(90));
        await Task.Delay(TimeSpan.FromSeconds(2));
        // Alone or packed with others claimed together, each event once.
        var received = observer.Received.Select(e => e.GetProperty("eventId").GetGuid()).ToList();
        Assert.Equal(Events, received.Count);
        Assert.True(ids.SetEquals(received), "each committed event arrived, and nothing else");

        await using var after = Database(service);
        Assert.Equal(0, await after.OutboxMessages.CountAsync(m => m.DispatchedAt == null || m.LastError != null || m.Attempts > 0));
    }

    [Fact]
    public async Task Movements_committed_together_leave_as_one_PupilsMoved_and_other_events_alone()
    {
        var infrastructure = await PlatformInfrastructure.GetAsync();
        var vhost = await infrastructure.RabbitMq.AddVirtualHostAsync();
        await using var alone = await BrokerObserver.StartAsync<PupilMoved>(vhost);
        await using var together = await BrokerObserver.StartAsync<PupilsMoved>(vhost);
        await using var published = await BrokerObserver.StartAsync<StandardsPublished>(vhost);
        await using var service = new ServiceFactory<StandardsSetsApi>(infrastructure, "standardsdb", vhost) { Settings = { ["Outbox:Workers"] = "1" } };
        service.StartServer();

        var moved = Enumerable.Range(0, 5).Select(i => new PupilMoved(Guid.NewGuid(), $"P{i:000000000000}", "Admission", new DateOnly(2026, 11, 2), null,
            "100000", null, "931", "K") { StatusAfter = "OnRoll" }).ToList();
        var standards = new StandardsPublished("9.9", null, DateTimeOffset.UtcNow);
        await using (var db = Database(service))
        {
            foreach (var e in moved) db.EnqueueIntegrationEvent(e);
            db.EnqueueIntegrationEvent(standards);
            await db.SaveChangesAsync();
        }

        await Eventually.Get(() => Task.FromResult(together.Received.Count + published.Received.Count), n => n >= 2, "the chunk and the standards",
            TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(1));
        var (chunkId, chunk) = Assert.Single(together.Received);
        var movements = chunk.GetProperty("movements").EnumerateArray().ToList();
        // Each as stored, in the order claimed (which publishing does not promise).
        Assert.Equal(moved.Select(m => (m.EventId, m.Upn)).Order(),
            movements.Select(m => (m.GetProperty("eventId").GetGuid(), m.GetProperty("upn").GetString()!)).Order());
        Assert.All(movements, m => Assert.Equal("OnRoll", m.GetProperty("statusAfter").GetString()));
        Assert.Equal(chunk.GetProperty("eventId").GetGuid(), chunkId);
        Assert.Empty(alone.Received);
        Assert.Equal(standards.EventId, Assert.Single(published.Received).MessageId);

        await using var after = Database(service);
        Assert.Equal(0, await after.OutboxMessages.CountAsync(m => m.DispatchedAt == null || m.Attempts > 0));
    }
}
