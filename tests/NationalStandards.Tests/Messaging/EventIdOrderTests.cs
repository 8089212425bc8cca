using Microsoft.EntityFrameworkCore;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.NationalStandards.Data;
using SendPlatform.NationalStandards.Tests.Api;

namespace SendPlatform.NationalStandards.Tests.Messaging;

/// <summary>
/// Event ids are UUIDv7, and PostgreSQL orders them as the events were made, so each event's outbox and inbox rows
/// go to the right-hand end of their primary keys' indexes (bench/RESULTS.md, issue #18).
/// </summary>
public sealed class EventIdOrderTests(StandardsService service) : IClassFixture<StandardsService>
{
    [Fact]
    public async Task PostgreSQL_orders_event_ids_as_the_events_were_made()
    {
        var made = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            made.Add(new StandardsPublished($"2048.{i}", null, DateTimeOffset.UtcNow).EventId);
            // UUIDv7 orders by the millisecond; within one, by random bits.
            await Task.Delay(2);
        }
        Assert.All(made, id => Assert.Equal(7, id.Version));

        await using var db = new StandardsDbContext(new DbContextOptionsBuilder<StandardsDbContext>().UseNpgsql(service.Factory.DatabaseConnectionString).Options);
        var ordered = await db.Database.SqlQuery<Guid>($"""SELECT id AS "Value" FROM unnest({made.ToArray()}) AS id ORDER BY id""").ToListAsync();
        Assert.Equal(made, ordered);
    }
}
