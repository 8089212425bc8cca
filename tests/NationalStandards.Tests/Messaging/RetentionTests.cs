using Microsoft.EntityFrameworkCore;
using SendPlatform.NationalStandards.Data;
using SendPlatform.NationalStandards.Tests.Api;
using SendPlatform.ServiceDefaults.Messaging;
using SendPlatform.ServiceDefaults.Retention;
using SendPlatform.TestKit;

namespace SendPlatform.NationalStandards.Tests.Messaging;

/// <summary>The messaging tables' retention, run by the purge every service has, at an injected now.</summary>
public sealed class RetentionTests(StandardsService service) : IClassFixture<StandardsService>
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 2, 0, 0, TimeSpan.Zero);

    private StandardsDbContext Db() =>
        new(new DbContextOptionsBuilder<StandardsDbContext>().UseNpgsql(service.Factory.DatabaseConnectionString).Options);

    private RetentionPurge<StandardsDbContext> Purge() => RetentionAt.Purge<StandardsDbContext>(service.Factory.Services, Now);

    private static OutboxMessage Outbox(Guid id, DateTimeOffset occurredAt, DateTimeOffset? dispatchedAt) => new()
    {
        Id = id, EventType = "retention-test", Payload = "{}", OccurredAt = occurredAt,
        // Not due for years: the running dispatcher leaves these rows alone.
        NextAttemptAt = occurredAt.AddYears(10), DispatchedAt = dispatchedAt,
    };

    [Fact]
    public async Task Dispatched_outbox_rows_go_after_7_days_inbox_rows_after_30_and_undispatched_events_are_kept()
    {
        Guid purgedEvent = Guid.NewGuid(), keptEvent = Guid.NewGuid(), undispatched = Guid.NewGuid(), oldInbox = Guid.NewGuid(), recentInbox = Guid.NewGuid();
        await using (var db = Db())
        {
            db.OutboxMessages.AddRange(
                Outbox(purgedEvent, Now.AddDays(-8), Now.AddDays(-7).AddSeconds(-1)),
                Outbox(keptEvent, Now.AddDays(-8), Now.AddDays(-7).AddSeconds(1)),
                Outbox(undispatched, Now.AddDays(-100), null));
            db.InboxMessages.AddRange(
                new InboxMessage { MessageId = oldInbox, Consumer = "RetentionTest", ProcessedAt = Now.AddDays(-30).AddSeconds(-1) },
                new InboxMessage { MessageId = recentInbox, Consumer = "RetentionTest", ProcessedAt = Now.AddDays(-30).AddSeconds(1) });
            await db.SaveChangesAsync();
        }

        var purged = await RetentionAt.RunAsync<StandardsDbContext>(service.Factory.Services, Now);

        Assert.Equal(1, purged["dispatched outbox events"]);
        Assert.Equal(1, purged["inbox records"]);
        await using var after = Db();
        var outbox = await after.OutboxMessages.Where(m => m.EventType == "retention-test").Select(m => m.Id).ToListAsync();
        Assert.Equal(new[] { keptEvent, undispatched }.Order(), outbox.Order());
        Assert.Equal([recentInbox], await after.InboxMessages.Where(m => m.Consumer == "RetentionTest").Select(m => m.MessageId).ToListAsync());
    }

    [Fact]
    public async Task While_another_replica_purges_this_one_skips_the_round()
    {
        // Unpooled: a session lock on a pooled connection would outlive the test.
        await using var otherReplica = new StandardsDbContext(new DbContextOptionsBuilder<StandardsDbContext>()
            .UseNpgsql(service.Factory.DatabaseConnectionString + ";Pooling=false").Options);
        await otherReplica.Database.OpenConnectionAsync();
        await otherReplica.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock(hashtext({"retention:" + nameof(StandardsDbContext)}))");

        Assert.Null(await Purge().PurgeOnceAsync(CancellationToken.None));
    }
}
