using MassTransit;
using Microsoft.EntityFrameworkCore;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ServiceDefaults.Messaging.Redelivery;

namespace SendPlatform.ServiceDefaults.Messaging;

/// <summary>
/// Base of a consumer that takes its events in batches (MassTransit's Batch&lt;T&gt;, see BatchConsumers): the batch's
/// inbox claims in one statement, its changes and one commit in one transaction, so a burst of events costs a commit
/// per batch rather than one per event. Claims work as in IdempotentConsumer (InboxClaims), a duplicate in the same
/// batch included.
/// If the batch fails, each event is applied alone, in its own transaction, so one event cannot hold back the others;
/// one that fails alone too is routed as the endpoint would route a single delivery (BatchFailureRouting): waited out
/// in a wait queue if transient, else parked as poison. The batch then completes, so no event that succeeded is
/// redelivered or counted as poison because it shared a batch with one that failed.
/// </summary>
public abstract class IdempotentBatchConsumer<TEvent, TContext>(TContext db, BatchFailureRouting routing) : IConsumer<Batch<TEvent>>
    where TEvent : IntegrationEvent
    where TContext : DbContext, IMessagingDbContext
{
    protected TContext Db { get; } = db;

    public Task Consume(ConsumeContext<Batch<TEvent>> context) =>
        ApplyAsync(context.Message.Select(m => new Received(m.Message, m)).ToList(), context.CancellationToken);

    /// <summary>An event and the message it came in (itself, or a chunk carrying it), which is routed if it fails.</summary>
    protected readonly record struct Received(TEvent Event, ConsumeContext Message);

    /// <summary>
    /// The events in one transaction; if that fails, each alone. A message is routed once, however many of the events
    /// it carried failed: redelivered, it re-applies only those, since the others are claimed.
    /// </summary>
    protected async Task ApplyAsync(IReadOnlyList<Received> received, CancellationToken cancellationToken)
    {
        try
        {
            await ApplyInTransactionAsync(received.Select(r => r.Event).ToList(), cancellationToken);
            return;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            routing.BatchFailed(GetType(), received.Count, ex);
        }
        var routed = new HashSet<ConsumeContext>(ReferenceEqualityComparer.Instance);
        foreach (var (e, message) in received)
        {
            try
            {
                await ApplyInTransactionAsync([e], cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                if (routed.Add(message)) await routing.RouteAsync(message, GetType(), ex, cancellationToken);
            }
        }
    }

    private Task ApplyInTransactionAsync(IReadOnlyList<TEvent> events, CancellationToken cancellationToken) =>
        Db.InTransactionAsync(async ct =>
        {
            var claimed = await Db.ClaimAsync(GetType().Name, events.Select(e => e.EventId).ToList(), ct);
            if (claimed.Count == 0) return;
            // In the order received, each claimed event once.
            var fresh = events.Where(e => claimed.Remove(e.EventId)).ToList();
            await HandleAsync(fresh, ct);
            await Db.SaveChangesAsync(ct);
        }, cancellationToken);

    /// <summary>
    /// Apply the events (each new to this consumer, in the order received) through Db. What is left unsaved is saved and
    /// committed after; a handler whose events read what earlier ones wrote saves after each (still one commit).
    /// </summary>
    protected abstract Task HandleAsync(IReadOnlyList<TEvent> events, CancellationToken cancellationToken);
}
