using Microsoft.EntityFrameworkCore;
using SendPlatform.InclusionPlans.Data;
using SendPlatform.InclusionPlans.Domain.Compliance;
using SendPlatform.InclusionPlans.Domain.Plans;
using SendPlatform.ServiceDefaults.Database;

namespace SendPlatform.InclusionPlans.Application;

/// <summary>
/// An LA drafting its inclusion plan and revising the draft, with content already checked against the national
/// standards version it names (the facts of that version come with it). A repeated idempotency key answers with the
/// first draft; a revision against a stale revision number is refused. Each draft and revision keeps the kinds of its
/// blocking findings and is announced (InclusionPlanStatusChanged).
/// </summary>
public sealed class DraftPlan(PlansDbContext db, TimeProvider clock)
{
    public async Task<InclusionPlan> CreateAsync(CallerOrganisation caller, string laCode, string? key, PlanContent content, StandardsFacts standards,
        CancellationToken cancellationToken)
    {
        caller.RequireLocalAuthorityOf(laCode, "draft its inclusion plans");
        return await db.CreateOnceAsync(key, (k, ct) => db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.CreatedBy == caller.OrgId && p.IdempotencyKey == k, ct),
            async ct =>
            {
                var draft = InclusionPlan.Draft(laCode, content, ComplianceCheck.Evaluate(content, standards, clock.TodayInEngland()), caller.OrgId, key,
                    clock.GetStorageNow());
                db.Plans.Add(draft);
                db.Announce(draft, draft.CreatedAt);
                await db.SaveChangesAsync(ct);
                return draft;
            }, cancellationToken);
    }

    public async Task<InclusionPlan> ReplaceAsync(CallerOrganisation caller, string laCode, Guid id, PlanContent content, StandardsFacts standards,
        int expectedRevision, CancellationToken cancellationToken)
    {
        caller.RequireLocalAuthorityOf(laCode, "change its inclusion plans");
        var plan = await db.PlanAsync(laCode, id, tracked: true, cancellationToken);
        var now = clock.GetStorageNow();
        plan.Replace(content, ComplianceCheck.Evaluate(content, standards, clock.TodayInEngland()), expectedRevision, caller.OrgId, now);
        db.Announce(plan, now);
        await db.SavePlanAsync(cancellationToken);
        return plan;
    }
}
