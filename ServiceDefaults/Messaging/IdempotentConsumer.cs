using MassTransit;
using Microsoft.EntityFrameworkCore;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.ServiceDefaults.Database;

namespace SendPlatform.ServiceDefaults.Messaging;

/// <summary>
/// Base of every consumer. The inbox row is claimed first, in the same transaction as the handler's changes: a
/// duplicate delivery (redelivery, or a re-publish after a dispatcher crash) finds the claim, and a concurrent one
/// waits on it and then skips, so the event changes state once. An exception rolls everything back and propagates,
/// so MassTransit retries and finally moves the message to the _error queue.
/// </summary>
public abstract class IdempotentConsumer<TEvent, TContext>(TContext db) : IConsumer<TEvent>
    where TEvent : IntegrationEvent
    where TContext : DbContext, IMessagingDbContext
{
    protected TContext Db { get; } = db;

    public async Task Consume(ConsumeContext<TEvent> context)
    {
        var eventId = context.Message.EventId;
        var consumer = GetType().Name;
        await Db.InTransactionAsync(async ct =>
        {
            if ((await Db.ClaimAsync(consumer, [eventId], ct)).Count == 0) return;
            await HandleAsync(context.Message, ct);
            await Db.SaveChangesAsync(ct);
        }, context.CancellationToken);
    }

    /// <summary>Apply the event to this service's state through Db; do not call SaveChanges.</summary>
    protected abstract Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
