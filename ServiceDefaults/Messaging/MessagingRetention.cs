using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SendPlatform.ServiceDefaults.Retention;

namespace SendPlatform.ServiceDefaults.Messaging;

/// <summary>Dispatched outbox rows go after Retention:DispatchedOutbox; an undispatched one is kept until it is published.</summary>
public sealed class OutboxRetention<TContext>(IOptions<RetentionOptions> options) : IRetentionRule<TContext>
    where TContext : DbContext, IMessagingDbContext
{
    public string Name => "dispatched outbox events";

    public Task<int> PurgeAsync(TContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var before = now - options.Value.DispatchedOutbox;
        return db.OutboxMessages.Where(m => m.DispatchedAt != null && m.DispatchedAt < before).ExecuteDeleteAsync(cancellationToken);
    }
}

/// <summary>Inbox rows go after Retention:Inbox, long after any redelivery of their event could arrive.</summary>
public sealed class InboxRetention<TContext>(IOptions<RetentionOptions> options) : IRetentionRule<TContext>
    where TContext : DbContext, IMessagingDbContext
{
    public string Name => "inbox records";

    public Task<int> PurgeAsync(TContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var before = now - options.Value.Inbox;
        return db.InboxMessages.Where(m => m.ProcessedAt < before).ExecuteDeleteAsync(cancellationToken);
    }
}
