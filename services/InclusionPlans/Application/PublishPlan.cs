using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.InclusionPlans.Data;
using SendPlatform.InclusionPlans.Domain.Compliance;
using SendPlatform.InclusionPlans.Domain.Plans;
using SendPlatform.InclusionPlans.Upstream;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.InclusionPlans.Application;

/// <summary>
/// An LA publishing a signed-off plan: under the area's lock, so two publishes cannot both supersede the same plan,
/// the plan is published with its compliance against the standards it names, the plan before it superseded, and
/// InclusionPlanPublished written to the outbox in the same commit.
/// </summary>
public sealed class PublishPlan(PlansDbContext db, NationalStandardsFacts standards, TimeProvider clock)
{
    public async Task<InclusionPlan> PublishAsync(CallerOrganisation caller, string laCode, Guid id, CallOptions onBehalfOfCaller, CancellationToken cancellationToken)
    {
        caller.RequireLocalAuthorityOf(laCode, "publish its inclusion plans");
        var draft = await db.PlanAsync(laCode, id, tracked: false, cancellationToken);
        var facts = await standards.FindAsync(draft.Content.StandardsVersion, onBehalfOfCaller)
            ?? throw new DomainRuleException($"National standards {draft.Content.StandardsVersion} can no longer be read from national-standards.");
        return await db.InTransactionAsync(async ct =>
        {
            await db.LockAreaAsync(laCode, ct);
            var plan = await db.PlanAsync(laCode, id, tracked: true, ct);
            var now = clock.GetStorageNow();
            plan.Publish(ComplianceCheck.Evaluate(plan.Content, facts, clock.TodayInEngland()), caller.OrgId, now);
            var previous = await db.Plans.Where(p => p.LaCode == laCode && (p.Status == PlanStatus.Published || p.Status == PlanStatus.NeedsReview))
                .ToListAsync(ct);
            foreach (var old in previous)
            {
                old.Supersede(now);
                db.Announce(old, now);
            }
            db.Announce(plan, now);
            db.EnqueueIntegrationEvent(new InclusionPlanPublished(plan.Id, plan.LaCode, plan.Content.PeriodStartYear, plan.Content.PeriodEndYear,
                plan.Content.StandardsVersion, previous.Select(p => (Guid?)p.Id).FirstOrDefault(), now) { OccurredAt = now });
            await db.SaveChangesAsync(ct);
            return plan;
        }, cancellationToken);
    }
}
