using Microsoft.EntityFrameworkCore;

namespace SendPlatform.ServiceDefaults.Messaging;

/// <summary>A service DbContext that holds the outbox and inbox tables beside its own.</summary>
public interface IMessagingDbContext
{
    DbSet<OutboxMessage> OutboxMessages { get; }
    DbSet<InboxMessage> InboxMessages { get; }
}
