using Microsoft.EntityFrameworkCore;
using SendPlatform.Contracts.IntegrationEvents;

namespace SendPlatform.ServiceDefaults.Messaging;

public static class MessagingModel
{
    public const string OutboxTable = "outbox_messages";
    public const string InboxTable = "inbox_messages";

    public static ModelBuilder AddMessagingTables(this ModelBuilder model)
    {
        model.Entity<OutboxMessage>(e =>
        {
            e.ToTable(OutboxTable);
            e.HasKey(m => m.Id);
            e.Property(m => m.EventType).HasMaxLength(300);
            e.Property(m => m.Payload).HasColumnType("jsonb");
            e.Property(m => m.LastError).HasMaxLength(2000);
            // The dispatcher's query: undispatched rows due now, oldest first.
            e.HasIndex(m => new { m.NextAttemptAt, m.OccurredAt }).HasFilter("\"DispatchedAt\" IS NULL");
        });
        model.Entity<InboxMessage>(e =>
        {
            e.ToTable(InboxTable);
            e.HasKey(m => new { m.MessageId, m.Consumer });
            e.Property(m => m.Consumer).HasMaxLength(200);
        });
        return model;
    }

    /// <summary>Adds the event to the outbox; it is published only if the caller's SaveChanges commits.</summary>
    public static void EnqueueIntegrationEvent(this IMessagingDbContext db, IntegrationEvent integrationEvent) =>
        db.OutboxMessages.Add(OutboxMessage.For(integrationEvent));
}
