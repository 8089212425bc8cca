namespace SendPlatform.Contracts.IntegrationEvents;

/// <summary>
/// Base of every fact one service tells the others. EventId is the idempotency key consumers'
/// inboxes use, so a redelivered or re-dispatched event is harmless.
/// Event ids, and the ids the services give the records they create (movements, alerts, placements, plans, lists,
/// cases...), are UUIDv7, which begin with their creation time: an insert lands at the right-hand end of its primary
/// key's index, not on a random page of it, so the index stays dense and the pages being written stay few and in
/// memory however large the table grows (bench/RESULTS.md, issue #18).
/// </summary>
public abstract record IntegrationEvent
{
    public Guid EventId { get; init; } = Guid.CreateVersion7();
    public DateTimeOffset OccurredAt { get; init; } = DateTimeOffset.UtcNow;
}
