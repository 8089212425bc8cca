namespace SendPlatform.ServiceDefaults.Messaging;

/// <summary>Marks an event as handled by one consumer, written in the consumer's own transaction.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; set; }
    public required string Consumer { get; set; }
    public DateTimeOffset ProcessedAt { get; set; }
}
