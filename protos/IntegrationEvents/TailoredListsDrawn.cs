namespace SendPlatform.Contracts.IntegrationEvents;

/// <summary>
/// Tailored lists drawn close together, as one message: each is the TailoredListDrawn it would be alone, its EventId
/// the key consumers claim. The outbox packs the lists it claims together into this form (OutboxPacking), since the
/// broker's cost is per message; a list that leaves by itself leaves as TailoredListDrawn.
/// </summary>
public sealed record TailoredListsDrawn(IReadOnlyList<TailoredListDrawn> Lists) : IntegrationEvent, IIntegrationEventChunk<TailoredListDrawn>
{
    IReadOnlyList<TailoredListDrawn> IIntegrationEventChunk<TailoredListDrawn>.Events => Lists;
}
