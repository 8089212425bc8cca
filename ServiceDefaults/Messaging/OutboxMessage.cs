using System.Text.Json;
using SendPlatform.Contracts.IntegrationEvents;

namespace SendPlatform.ServiceDefaults.Messaging;

/// <summary>An integration event written in the same transaction as the change it reports, waiting to be published.</summary>
public sealed class OutboxMessage
{
    /// <summary>The event's id; also the broker message id, so consumers can de-duplicate a re-publish.</summary>
    public Guid Id { get; set; }
    public required string EventType { get; set; }
    public required string Payload { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? DispatchedAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }

    /// <summary>The row for an event, due at once.</summary>
    public static OutboxMessage For(IntegrationEvent integrationEvent) => new()
    {
        Id = integrationEvent.EventId,
        EventType = integrationEvent.GetType().FullName!,
        Payload = JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), IntegrationEventTypes.Json),
        OccurredAt = integrationEvent.OccurredAt,
        NextAttemptAt = integrationEvent.OccurredAt,
    };
}
