namespace SendPlatform.Contracts.IntegrationEvents;

/// <summary>
/// An integration event that carries others of one kind, each with its own EventId, published as one message. A
/// consumer claims the events it carries, not the chunk, so each is applied once whether it came alone or in a chunk.
/// </summary>
public interface IIntegrationEventChunk<out TEvent> where TEvent : IntegrationEvent
{
    IReadOnlyList<TEvent> Events { get; }
}
