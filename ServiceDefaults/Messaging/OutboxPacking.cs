using SendPlatform.Contracts.IntegrationEvents;

namespace SendPlatform.ServiceDefaults.Messaging;

/// <summary>
/// What one claimed batch of outbox rows leaves as: each row as its own message, except rows of an event type with a
/// chunk form (IIntegrationEventChunk: PupilMoved's is PupilsMoved), which leave together as one chunk, since the
/// broker's cost and each consumer's is per message, whatever its size. Single calls under load commit their events
/// a few at a time, and a claim takes every row committed since the last, so they leave together without waiting
/// for anything. Consumers claim the events a chunk carries, not the chunk, so a row re-published with different
/// others after a crash is still applied once.
/// </summary>
public static class OutboxPacking
{
    /// <summary>One message and the rows it carries; a row whose event cannot be read goes alone, with the reason.</summary>
    public sealed record Outgoing(IntegrationEvent? Message, IReadOnlyList<OutboxMessage> Rows, Exception? Unreadable = null)
    {
        /// <summary>A row's message keeps the row's id (the event's), as it always had; a chunk's is the chunk's own.</summary>
        public Guid MessageId => Rows.Count == 1 ? Rows[0].Id : Message!.EventId;
    }

    public static IReadOnlyList<Outgoing> Pack(IReadOnlyList<OutboxMessage> rows)
    {
        var outgoing = new List<Outgoing>(rows.Count);
        var packable = new Dictionary<Type, List<(OutboxMessage Row, IntegrationEvent Event)>>();
        foreach (var row in rows)
        {
            IntegrationEvent integrationEvent;
            try { integrationEvent = IntegrationEventTypes.Deserialize(row); }
            catch (Exception ex)
            {
                outgoing.Add(new Outgoing(null, [row], ex));
                continue;
            }
            if (!IntegrationEventTypes.HasChunkForm(integrationEvent.GetType())) outgoing.Add(new Outgoing(integrationEvent, [row]));
            else if (packable.TryGetValue(integrationEvent.GetType(), out var same)) same.Add((row, integrationEvent));
            else packable[integrationEvent.GetType()] = [(row, integrationEvent)];
        }
        foreach (var same in packable.Values)
        {
            if (same.Count == 1)
            {
                outgoing.Add(new Outgoing(same[0].Event, [same[0].Row]));
                continue;
            }
            var chunk = IntegrationEventTypes.Chunk([.. same.Select(s => s.Event)]) with { OccurredAt = same.Min(s => s.Event.OccurredAt) };
            outgoing.Add(new Outgoing(chunk, [.. same.Select(s => s.Row)]));
        }
        return outgoing;
    }
}
