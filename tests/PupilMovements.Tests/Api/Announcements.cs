using System.Text.Json;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.TestKit;

namespace SendPlatform.PupilMovements.Tests.Api;

/// <summary>
/// Every movement announced on the broker, as its PupilMoved, whichever form it left in: alone, or in a PupilsMoved
/// (a return's chunk, or single calls' events the outbox claimed together).
/// </summary>
public sealed class Announcements : IAsyncDisposable
{
    private readonly BrokerObserver _alone;
    private readonly BrokerObserver _together;

    private Announcements(BrokerObserver alone, BrokerObserver together) => (_alone, _together) = (alone, together);

    public static async Task<Announcements> StartAsync(string connectionString) =>
        new(await BrokerObserver.StartAsync<PupilMoved>(connectionString), await BrokerObserver.StartAsync<PupilsMoved>(connectionString));

    public IReadOnlyList<JsonElement> Of(string upn) =>
        [.. _alone.Received.Select(r => r.Message).Concat(_together.Received.SelectMany(r => r.Message.GetProperty("movements").EnumerateArray()))
            .Where(m => m.GetProperty("upn").GetString() == upn)];

    public async ValueTask DisposeAsync()
    {
        await _alone.DisposeAsync();
        await _together.DisposeAsync();
    }
}
