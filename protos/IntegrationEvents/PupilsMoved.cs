namespace SendPlatform.Contracts.IntegrationEvents;

/// <summary>
/// Movements recorded together (one chunk of a bulk return, or of a partner's stream), as one message: each is the
/// PupilMoved it would be alone, its EventId the idempotency key consumers claim, so a movement is applied once
/// however it arrives. A return's movements leave in this form because the broker's cost is per message, whatever
/// its size; one movement recorded alone still leaves as PupilMoved, so a consumer of movements takes both.
/// </summary>
public sealed record PupilsMoved(IReadOnlyList<PupilMoved> Movements) : IntegrationEvent, IIntegrationEventChunk<PupilMoved>
{
    IReadOnlyList<PupilMoved> IIntegrationEventChunk<PupilMoved>.Events => Movements;
}
