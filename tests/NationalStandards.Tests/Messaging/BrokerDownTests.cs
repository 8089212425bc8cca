using System.Net;
using Microsoft.EntityFrameworkCore;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.NationalStandards.Data;
using SendPlatform.NationalStandards.Tests.Api;
using SendPlatform.NationalStandards.Tests.Builders;
using SendPlatform.ServiceDefaults.Messaging;
using SendPlatform.TestKit;

namespace SendPlatform.NationalStandards.Tests.Messaging;

[CollectionDefinition(nameof(BrokerDownTests), DisableParallelization = true)]
public sealed class BrokerOutage;

/// <summary>
/// The outbox absorbs a broker outage: with RabbitMQ stopped the service stays ready (Degraded), a publish still commits, and its
/// StandardsPublished goes out once the broker is back; movements packed into one chunk are retried and go out alike. Stops the assembly's shared broker, so it runs alone.
/// </summary>
[Collection(nameof(BrokerDownTests))]
public sealed class BrokerDownTests(StandardsService service) : IClassFixture<StandardsService>
{
    private async Task<(HttpStatusCode Status, string Body)> HealthAsync()
    {
        using var response = await service.Factory.CreateClient().GetAsync("/health");
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<OutboxMessage?> PublishedEventAsync(string version)
    {
        await using var db = new StandardsDbContext(new DbContextOptionsBuilder<StandardsDbContext>().UseNpgsql(service.Factory.DatabaseConnectionString).Options);
        var published = await db.OutboxMessages.AsNoTracking().Where(m => m.EventType.Contains(nameof(StandardsPublished))).ToListAsync();
        return published.SingleOrDefault(m => m.Payload.Contains(version, StringComparison.Ordinal));
    }

    /// <summary>Movements committed together, which the outbox packs into one PupilsMoved: their rows, by event id.</summary>
    private async Task<IReadOnlyList<OutboxMessage>> RowsAsync(IReadOnlyCollection<Guid> ids)
    {
        await using var db = new StandardsDbContext(new DbContextOptionsBuilder<StandardsDbContext>().UseNpgsql(service.Factory.DatabaseConnectionString).Options);
        return await db.OutboxMessages.AsNoTracking().Where(m => ids.Contains(m.Id)).ToListAsync();
    }

    private async Task<long> SessionsIdleInTransactionAsync()
    {
        await using var db = new StandardsDbContext(new DbContextOptionsBuilder<StandardsDbContext>().UseNpgsql(service.Factory.DatabaseConnectionString).Options);
        return await db.Database.SqlQuery<long>($"""
            SELECT count(*) AS "Value" FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid() AND state LIKE 'idle in transaction%'
            """).SingleAsync();
    }

    [Fact]
    public async Task With_the_broker_stopped_the_service_stays_ready_writes_commit_and_the_event_goes_out_when_it_returns()
    {
        var dfe = service.Factory.RestAs(TestOrganisation.Dfe);
        await Eventually.Get(HealthAsync, h => h == (HttpStatusCode.OK, "Healthy"), "Healthy before the outage", TimeSpan.FromSeconds(60));
        var moved = Enumerable.Range(0, 3).Select(i => new PupilMoved(Guid.NewGuid(), $"B{i:000000000000}", "Admission", new DateOnly(2026, 11, 2), null,
            "100000", null, "931", "K")).ToList();
        var movedIds = moved.Select(m => m.EventId).ToList();
        var broker = service.Factory.Infrastructure.RabbitMq;
        await broker.StopAsync();
        try
        {
            // Ready but Degraded throughout (a broker never reached at start-up is Unhealthy, see StandardsPublishedEventTests).
            await Eventually.Get(HealthAsync, h => h == (HttpStatusCode.OK, "Degraded"), "Degraded while the broker is away", TimeSpan.FromSeconds(30));
            Assert.Equal(HttpStatusCode.OK, (await dfe.CreateSetAsync("2049.1", new ContentBuilder().Build())).Status);
            Assert.Equal(HttpStatusCode.OK, (await dfe.PublishSetAsync("2049.1")).Status);
            Assert.Null((await PublishedEventAsync("2049.1"))!.DispatchedAt);
            await using (var db = new StandardsDbContext(new DbContextOptionsBuilder<StandardsDbContext>().UseNpgsql(service.Factory.DatabaseConnectionString).Options))
            {
                foreach (var e in moved) db.EnqueueIntegrationEvent(e);
                await db.SaveChangesAsync();
            }

            // The dispatcher keeps trying meanwhile, with no transaction open while it waits on the broker, and the
            // row shows its failed attempts.
            var idleInTransaction = 0L;
            var failing = await Eventually.Get(async () =>
            {
                idleInTransaction = Math.Max(idleInTransaction, await SessionsIdleInTransactionAsync());
                return await PublishedEventAsync("2049.1");
            }, m => m is { Attempts: >= 2, LastError: not null }, "the failing row's attempts recorded", TimeSpan.FromSeconds(60));
            Assert.Null(failing!.DispatchedAt);
            Assert.Equal(0, idleInTransaction);
            // A packed chunk that fails marks every row it carried for another attempt.
            var packed = await Eventually.Get(() => RowsAsync(movedIds), rows => rows.All(r => r is { Attempts: >= 2, LastError: not null }),
                "each packed row's attempts recorded", TimeSpan.FromSeconds(60));
            Assert.All(packed, r => Assert.Null(r.DispatchedAt));
        }
        finally
        {
            await broker.StartAsync(CancellationToken.None);
        }
        await Eventually.Get(() => PublishedEventAsync("2049.1"), m => m?.DispatchedAt is not null, "StandardsPublished dispatched after the broker returned",
            TimeSpan.FromSeconds(90));
        await Eventually.Get(() => RowsAsync(movedIds), rows => rows.All(r => r.DispatchedAt is not null), "the packed movements dispatched after the broker returned",
            TimeSpan.FromSeconds(90));
        await Eventually.Get(HealthAsync, h => h == (HttpStatusCode.OK, "Healthy"), "Healthy again", TimeSpan.FromSeconds(60));
    }
}
