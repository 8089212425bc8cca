using Npgsql;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.TestKit;

namespace SendPlatform.NationalStandards.Tests.Messaging;

/// <summary>
/// Event ids are UUIDv7, and PostgreSQL orders them as the events were made, so each event's outbox and inbox rows
/// go to the right-hand end of their primary keys' indexes (bench/RESULTS.md, issue #18). Only the server is needed,
/// not a service.
/// </summary>
public sealed class EventIdOrderTests
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

        var infrastructure = await PlatformInfrastructure.GetAsync();
        await using var source = NpgsqlDataSource.Create(infrastructure.Postgres.ConnectionString("postgres"));
        await using var command = source.CreateCommand("SELECT id FROM unnest($1) AS id ORDER BY id");
        command.Parameters.Add(new NpgsqlParameter { Value = made.ToArray() });
        var ordered = new List<Guid>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) ordered.Add(reader.GetGuid(0));
        Assert.Equal(made, ordered);
    }
}
