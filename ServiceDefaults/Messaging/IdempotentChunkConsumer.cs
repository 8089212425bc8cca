using MassTransit;
using Microsoft.EntityFrameworkCore;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.ServiceDefaults.Messaging.Redelivery;

namespace SendPlatform.ServiceDefaults.Messaging;

/// <summary>
/// A batch consumer (IdempotentBatchConsumer) that also takes its events in chunks (IIntegrationEventChunk), the form
/// a bulk return's events leave in. A batch of chunks is applied as the events they carry, in transactions of at most
/// <see cref="EventLimit"/> events (whole chunks each), so a burst costs a commit per thousand events and a failed
/// transaction falls back to a bounded number of events alone. Both forms share one endpoint: MassTransit collects
/// each message type's batches apart, one at a time each.
/// </summary>
public abstract class IdempotentChunkConsumer<TEvent, TChunk, TContext>(TContext db, BatchFailureRouting routing)
    : IdempotentBatchConsumer<TEvent, TContext>(db, routing), IConsumer<Batch<TChunk>>
    where TEvent : IntegrationEvent
    where TChunk : IntegrationEvent, IIntegrationEventChunk<TEvent>
    where TContext : DbContext, IMessagingDbContext
{
    /// <summary>Events in one transaction at most, unless one chunk carries more.</summary>
    public const int EventLimit = 1000;

    public async Task Consume(ConsumeContext<Batch<TChunk>> context)
    {
        var slice = new List<Received>();
        foreach (var chunk in context.Message)
        {
            if (slice.Count > 0 && slice.Count + chunk.Message.Events.Count > EventLimit)
            {
                await ApplyAsync(slice, context.CancellationToken);
                slice = [];
            }
            slice.AddRange(chunk.Message.Events.Select(e => new Received(e, chunk)));
        }
        if (slice.Count > 0) await ApplyAsync(slice, context.CancellationToken);
    }
}
