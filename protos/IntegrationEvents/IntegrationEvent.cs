namespace SendPlatform.Contracts.IntegrationEvents;

/// <summary>
/// Base of every fact one service tells the others. EventId is the idempotency key consumers'
/// inboxes use, so a redelivered or re-dispatched event is harmless.
/// </summary>
public abstract record IntegrationEvent
{
    public Guid EventId { get; init; } = Guid.NewGuid();
    public DateTimeOffset OccurredAt { get; init; } = DateTimeOffset.UtcNow;
}
