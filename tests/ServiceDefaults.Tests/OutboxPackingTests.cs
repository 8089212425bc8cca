using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.ServiceDefaults.Tests;

/// <summary>
/// A claimed batch of outbox rows leaves with the rows of an event type that has a chunk form packed into one chunk,
/// each event in it as it was stored; every other row, and a lone row of such a type, leaves as itself under its id.
/// </summary>
public sealed class OutboxPackingTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    private static PupilMoved Moved(string upn, int second) =>
        new(Guid.NewGuid(), upn, "Admission", new DateOnly(2026, 11, 2), null, "100000", null, "931", "K") { OccurredAt = At.AddSeconds(second), StatusAfter = "OnRoll" };

    [Fact]
    public void Rows_of_a_type_with_a_chunk_form_leave_as_one_chunk_and_the_rest_alone()
    {
        var moved = new[] { Moved("A123456789012", 3), Moved("B123456789012", 1), Moved("C123456789012", 2) };
        var published = new[] { new StandardsPublished("1.0", null, At), new StandardsPublished("1.1", "1.0", At) };
        var returned = new PupilsMoved([Moved("D123456789012", 0), Moved("E123456789012", 0)]);
        var rows = new IntegrationEvent[] { moved[0], published[0], moved[1], returned, published[1], moved[2] }.Select(OutboxMessage.For).ToList();
        var unknown = OutboxMessage.For(published[0]);
        unknown.Id = Guid.NewGuid();
        unknown.EventType = "SendPlatform.Contracts.IntegrationEvents.NoSuchEvent";
        rows.Add(unknown);

        var outgoing = OutboxPacking.Pack(rows);

        // Each row leaves once.
        Assert.Equal(rows.Select(r => r.Id).Order(), outgoing.SelectMany(m => m.Rows).Select(r => r.Id).Order());
        var chunk = Assert.Single(outgoing, m => m.Rows.Count > 1);
        var packed = Assert.IsType<PupilsMoved>(chunk.Message);
        Assert.Equal(moved, packed.Movements);
        Assert.Equal(moved.Select(m => m.EventId), chunk.Rows.Select(r => r.Id));
        Assert.Equal(packed.EventId, chunk.MessageId);
        Assert.DoesNotContain(chunk.MessageId, rows.Select(r => r.Id));
        Assert.Equal(At.AddSeconds(1), packed.OccurredAt);
        // The rest as themselves, each message's id its row's.
        var alone = outgoing.Where(m => m.Rows.Count == 1).ToList();
        Assert.All(alone, m => Assert.Equal(m.Rows[0].Id, m.MessageId));
        Assert.Equal(published, alone.Select(m => m.Message).OfType<StandardsPublished>());
        var stored = Assert.Single(alone.Select(m => m.Message).OfType<PupilsMoved>());
        Assert.Equal((returned.EventId, returned.Movements), (stored.EventId, stored.Movements), (a, b) => a.EventId == b.EventId && a.Movements.SequenceEqual(b.Movements));
        var unreadable = Assert.Single(alone, m => m.Message is null);
        Assert.Equal(unknown.Id, unreadable.MessageId);
        Assert.Contains("NoSuchEvent", unreadable.Unreadable!.Message);
    }

    [Fact]
    public void A_lone_row_of_a_type_with_a_chunk_form_leaves_as_itself()
    {
        var moved = Moved("A123456789012", 0);
        var outgoing = Assert.Single(OutboxPacking.Pack([OutboxMessage.For(moved)]));
        Assert.Equal(moved, outgoing.Message);
        Assert.Equal(moved.EventId, outgoing.MessageId);
    }
}
