using MassTransit;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SendPlatform.Contracts.IntegrationEvents;

namespace SendPlatform.ServiceDefaults.Messaging;

/// <summary>
/// Base of every consumer: the handler's changes and the inbox row commit in one SaveChanges, so an event
/// delivered twice (redelivery, or a re-publish after a dispatcher crash) changes state once. An exception
/// propagates, so MassTransit retries and finally moves the message to the _error queue.
/// </summary>
public abstract class IdempotentConsumer<TEvent, TContext>(TContext db) : IConsumer<TEvent>
    where TEvent : IntegrationEvent
    where TContext : DbContext, IMessagingDbContext
{
    protected TContext Db { get; } = db;

    private string ConsumerName => GetType().Name;

    public async Task Consume(ConsumeContext<TEvent> context)
    {
        var eventId = context.Message.EventId;
        var ct = context.CancellationToken;
        if (await Db.InboxMessages.AnyAsync(m => m.MessageId == eventId && m.Consumer == ConsumerName, ct)) return;

        await HandleAsync(context.Message, ct);
        Db.InboxMessages.Add(new InboxMessage { MessageId = eventId, Consumer = ConsumerName, ProcessedAt = DateTimeOffset.UtcNow });
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } pg
                                           && pg.TableName == MessagingModel.InboxTable)
        {
            // A concurrent delivery of the same event committed first; its changes stand, ours are discarded.
            Db.ChangeTracker.Clear();
        }
    }

    /// <summary>Apply the event to this service's state through Db; do not call SaveChanges.</summary>
    protected abstract Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
