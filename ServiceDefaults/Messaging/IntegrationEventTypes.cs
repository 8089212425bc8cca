using System.Text.Json;
using SendPlatform.Contracts.IntegrationEvents;

namespace SendPlatform.ServiceDefaults.Messaging;

/// <summary>Resolves an outbox row's stored type name back to its event record, from the contracts assembly only.</summary>
public static class IntegrationEventTypes
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Dictionary<string, Type> ByName = typeof(IntegrationEvent).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(IntegrationEvent)) && !t.IsAbstract)
        .ToDictionary(t => t.FullName!, StringComparer.Ordinal);

    public static IntegrationEvent Deserialize(OutboxMessage message) =>
        ByName.TryGetValue(message.EventType, out var type)
            ? (IntegrationEvent)JsonSerializer.Deserialize(message.Payload, type, Json)!
            : throw new InvalidOperationException($"Unknown integration event type '{message.EventType}'.");
}
