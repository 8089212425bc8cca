using SendPlatform.InclusionPlans.Application;
using Microsoft.EntityFrameworkCore;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.InclusionPlans.Data;
using SendPlatform.InclusionPlans.Domain.Plans;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.InclusionPlans.Events;

/// <summary>
/// A national standards version came into force: every published plan answering an earlier version needs review, and
/// every draft answering one gains the blocking finding that its standards are no longer in force. At most one plan
/// per area is published at a time, and drafts are few per area, so this touches a few hundred rows.
/// </summary>
public sealed class StandardsPublishedConsumer(PlansDbContext db, TimeProvider clock) : IdempotentConsumer<StandardsPublished, PlansDbContext>(db)
{
    protected override async Task HandleAsync(StandardsPublished e, CancellationToken cancellationToken)
    {
        var now = clock.GetStorageNow();
        var current = await Db.Plans.Where(p => p.Status == PlanStatus.Published || p.Status == PlanStatus.NeedsReview || p.Status == PlanStatus.Draft)
            .ToListAsync(cancellationToken);
        foreach (var plan in current)
            if (plan.NewStandardsInForce(e.Version, now)) Db.Announce(plan, now);
    }
}
