using Microsoft.EntityFrameworkCore;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.NationalStandards.Api;
using SendPlatform.NationalStandards.Data;
using SendPlatform.ServiceDefaults.Messaging;
using SendPlatform.TestKit;

namespace SendPlatform.NationalStandards.Tests.Messaging;

/// <summary>
/// Several dispatch workers share one outbox: each row is claimed by one of them, so a backlog of 1,200 events leaves
/// as 1,200 messages, each once, every row marked dispatched, whichever worker took it.
/// </summary>
public sealed class OutboxWorkersTests
{
    [Fact]
    public async Task Four_workers_publish_a_backlog_each_event_once_and_mark_every_row()
    {
        var infrastructure = await PlatformInfrastructure.GetAsync();
        var vhost = await infrastructure.RabbitMq.AddVirtualHostAsync("vh-" + Guid.NewGuid().ToString("N")[..8], CancellationToken.None);
        await using var observer = await BrokerObserver.StartAsync<TailoredListDrawn>(vhost);
        await using var service = new ServiceFactory<StandardsSetsApi>(infrastructure, "standardsdb", vhost)
        {
            Settings = { ["Outbox:Workers"] = "4", ["Outbox:BatchSize"] = "25", ["Outbox:PollInterval"] = "00:00:00.2" },
        };
        service.StartServer();

        const int Events = 1200;
        var ids = new HashSet<Guid>();
        await using (var db = new StandardsDbContext(new DbContextOptionsBuilder<StandardsDbContext>().UseNpgsql(service.DatabaseConnectionString).Options))
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
        var received = observer.Received.Select(r => r.MessageId).ToList();
        Assert.Equal(Events, received.Count);
        Assert.True(ids.SetEquals(received), "each committed event arrived, and nothing else");

        await using var after = new StandardsDbContext(new DbContextOptionsBuilder<StandardsDbContext>().UseNpgsql(service.DatabaseConnectionString).Options);
        Assert.Equal(0, await after.OutboxMessages.CountAsync(m => m.DispatchedAt == null || m.LastError != null || m.Attempts > 0));
    }
}
