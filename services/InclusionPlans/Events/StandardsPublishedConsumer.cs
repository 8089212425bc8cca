using SendPlatform.InclusionPlans.Application;
using Microsoft.EntityFrameworkCore;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.InclusionPlans.Data;
using SendPlatform.InclusionPlans.Domain.Plans;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.InclusionPlans.Events;

/// <summary>
/// A national standards version came into force: every published plan answering another version needs review. At
/// most one plan per area is published at a time, so this touches at most 153 rows.
/// </summary>
public sealed class StandardsPublishedConsumer(PlansDbContext db, TimeProvider clock) : IdempotentConsumer<StandardsPublished, PlansDbContext>(db)
{
    protected override async Task HandleAsync(StandardsPublished e, CancellationToken cancellationToken)
    {
        var now = clock.GetStorageNow();
        foreach (var plan in await Db.Plans.Where(p => p.Status == PlanStatus.Published).ToListAsync(cancellationToken))
            if (plan.MarkNeedsReview(e.Version, now)) Db.Announce(plan, now);
    }
}
