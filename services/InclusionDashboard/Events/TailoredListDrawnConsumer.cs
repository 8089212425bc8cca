using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.InclusionDashboard.Application;
using SendPlatform.InclusionDashboard.Data;
using SendPlatform.ServiceDefaults.Messaging;
using SendPlatform.ServiceDefaults.Messaging.Redelivery;

namespace SendPlatform.InclusionDashboard.Events;

/// <summary>
/// Counts tailored lists. Every list adds to England's count for its month, so taken one at a time, each event's
/// transaction waited on that one row; in batches, a batch's lists are netted per count and written in one statement.
/// Lists the outbox claimed together arrive as one TailoredListsDrawn, taken the same way.
/// </summary>
public sealed class TailoredListDrawnConsumer(DashboardDbContext db, BatchFailureRouting routing, CountTailoredList counting)
    : IdempotentChunkConsumer<TailoredListDrawn, TailoredListsDrawn, DashboardDbContext>(db, routing)
{
    protected override Task HandleAsync(IReadOnlyList<TailoredListDrawn> lists, CancellationToken cancellationToken) =>
        counting.DrawnAllAsync(lists.Select(l => new CountTailoredList.Drawn(l.LaCode, l.DrawnOn, l.FirstProvisionType)), cancellationToken);
}
