using System.Reflection;
using System.Text.Json;
using SendPlatform.Contracts.IntegrationEvents;

namespace SendPlatform.ServiceDefaults.Messaging;

/// <summary>
/// Resolves an outbox row's stored type name back to its event record, from the contracts assembly only, and builds
/// the chunk form (IIntegrationEventChunk) of the event types that have one.
/// </summary>
public static class IntegrationEventTypes
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Type[] EventTypes = [.. typeof(IntegrationEvent).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(IntegrationEvent)) && !t.IsAbstract)];

    private static readonly Dictionary<string, Type> ByName = EventTypes.ToDictionary(t => t.FullName!, StringComparer.Ordinal);

    /// <summary>For each event type with a chunk form, the chunk's constructor over a list of the events.</summary>
    private static readonly Dictionary<Type, ConstructorInfo> ChunkConstructors = EventTypes
        .SelectMany(chunk => chunk.GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IIntegrationEventChunk<>))
            .Select(i => (Event: i.GetGenericArguments()[0], Constructor: chunk.GetConstructor([typeof(IReadOnlyList<>).MakeGenericType(i.GetGenericArguments()[0])])
                ?? throw new InvalidOperationException($"{chunk.Name} needs a constructor taking IReadOnlyList<{i.GetGenericArguments()[0].Name}>."))))
        .ToDictionary(c => c.Event, c => c.Constructor);

    public static IntegrationEvent Deserialize(OutboxMessage message) =>
        ByName.TryGetValue(message.EventType, out var type)
            ? (IntegrationEvent)JsonSerializer.Deserialize(message.Payload, type, Json)!
            : throw new InvalidOperationException($"Unknown integration event type '{message.EventType}'.");

    public static bool HasChunkForm(Type eventType) => ChunkConstructors.ContainsKey(eventType);

    /// <summary>The chunk carrying the events, all of one type that has a chunk form.</summary>
    public static IntegrationEvent Chunk(IReadOnlyList<IntegrationEvent> events)
    {
        var type = events[0].GetType();
        var typed = Array.CreateInstance(type, events.Count);
        for (var i = 0; i < events.Count; i++) typed.SetValue(events[i], i);
        return (IntegrationEvent)ChunkConstructors[type].Invoke([typed]);
    }
}
