using System.Text.Json;
using SendPlatform.Contracts.IntegrationEvents;

namespace SendPlatform.TestKit;

/// <summary>
/// Every event of one type that reaches the broker, whichever form it left in: alone, or in its chunk form
/// (IIntegrationEventChunk), as a return's movements leave and as the outbox packs events it claims together.
/// </summary>
public sealed class EventsObserver<TEvent, TChunk> : IAsyncDisposable
    where TEvent : IntegrationEvent
    where TChunk : IntegrationEvent, IIntegrationEventChunk<TEvent>
{
    /// <summary>The chunk's list of events, as named in its JSON.</summary>
    private static readonly string Carried = JsonNamingPolicy.CamelCase.ConvertName(
        typeof(TChunk).GetProperties().Single(p => p.PropertyType == typeof(IReadOnlyList<TEvent>)).Name);

    private readonly BrokerObserver _alone;
    private readonly BrokerObserver _together;

    private EventsObserver(BrokerObserver alone, BrokerObserver together) => (_alone, _together) = (alone, together);

    public static async Task<EventsObserver<TEvent, TChunk>> StartAsync(string connectionString) =>
        new(await BrokerObserver.StartAsync<TEvent>(connectionString), await BrokerObserver.StartAsync<TChunk>(connectionString));

    /// <summary>Each event received so far, as its JSON, alone or out of its chunk.</summary>
    public IReadOnlyList<JsonElement> Received =>
        [.. _alone.Received.Select(r => r.Message).Concat(_together.Received.SelectMany(r => r.Message.GetProperty(Carried).EnumerateArray()))];

    public async ValueTask DisposeAsync()
    {
        await _alone.DisposeAsync();
        await _together.DisposeAsync();
    }
}
