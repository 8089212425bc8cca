using Microsoft.Extensions.DependencyInjection;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.NationalStandards.Api;
using SendPlatform.NationalStandards.Data;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ServiceDefaults.Messaging;
using SendPlatform.TestKit;

namespace SendPlatform.NationalStandards.Tests.Messaging;

/// <summary>
/// The dispatcher is woken when a unit of work's outbox rows commit, not when they are written: woken at the write,
/// it claims nothing (the rows are not yet visible) and sleeps until its poll, here ten minutes, so these events would
/// not arrive. Each unit of work stays open a moment after writing, as a slower one would.
/// </summary>
public sealed class OutboxSignalTests
{
    private static readonly TimeSpan StillOpen = TimeSpan.FromMilliseconds(500);

    [Fact]
    public async Task An_event_saved_in_a_unit_of_work_leaves_when_the_unit_of_work_commits()
    {
        await using var run = await Run.StartAsync();
        var drawn = Run.Event();
        await run.InUnitOfWorkAsync(async (db, ct) =>
        {
            db.EnqueueIntegrationEvent(drawn);
            await db.SaveChangesAsync(ct);
        });
        await run.ArrivesAsync(drawn);
    }

    [Fact]
    public async Task An_event_written_by_hand_in_a_unit_of_work_leaves_when_the_unit_of_work_commits()
    {
        await using var run = await Run.StartAsync();
        var drawn = Run.Event();
        await run.InUnitOfWorkAsync(async (db, ct) =>
        {
            await using var batch = db.Database.BatchInTransaction();
            batch.BatchCommands.Add(OutboxRows.Insert([drawn]));
            await batch.ExecuteNonQueryAsync(ct);
            run.Signal.Written(db);
        });
        await run.ArrivesAsync(drawn);
    }

    private sealed class Run(ServiceFactory<StandardsSetsApi> service, BrokerObserver observer) : IAsyncDisposable
    {
        public OutboxSignal Signal => service.Services.GetRequiredService<OutboxSignal>();

        public static TailoredListDrawn Event() => new(Guid.NewGuid(), "931", new DateOnly(2026, 12, 1), 3, "MAINSTREAM") { OccurredAt = DateTimeOffset.UtcNow };

        /// <summary>A service whose dispatcher polls every ten minutes, once its first event has left, so it waits on the signal alone.</summary>
        public static async Task<Run> StartAsync()
        {
            var infrastructure = await PlatformInfrastructure.GetAsync();
            var vhost = await infrastructure.RabbitMq.AddVirtualHostAsync();
            var observer = await BrokerObserver.StartAsync<TailoredListDrawn>(vhost);
            var service = new ServiceFactory<StandardsSetsApi>(infrastructure, "standardsdb", vhost) { Settings = { ["Outbox:PollInterval"] = "00:10:00" } };
            service.StartServer();
            var run = new Run(service, observer);
            var first = Event();
            using (var scope = service.Services.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<StandardsDbContext>();
                db.EnqueueIntegrationEvent(first);
                await db.SaveChangesAsync();
            }
            await run.ArrivesAsync(first);
            return run;
        }

        public async Task InUnitOfWorkAsync(Func<StandardsDbContext, CancellationToken, Task> write)
        {
            using var scope = service.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<StandardsDbContext>();
            await db.InTransactionAsync(async ct =>
            {
                await write(db, ct);
                await Task.Delay(StillOpen, ct);
            }, CancellationToken.None);
        }

        public Task ArrivesAsync(IntegrationEvent e) =>
            Eventually.Get(() => Task.FromResult(observer.Received.Any(r => r.MessageId == e.EventId)), arrived => arrived, $"event {e.EventId} on the broker");

        public async ValueTask DisposeAsync()
        {
            await service.DisposeAsync();
            await observer.DisposeAsync();
        }
    }
}
