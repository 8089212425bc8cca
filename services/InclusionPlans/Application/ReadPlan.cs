using Grpc.Core;
using SendPlatform.InclusionPlans.Data;
using SendPlatform.InclusionPlans.Domain.Compliance;
using SendPlatform.InclusionPlans.Domain.Plans;
using SendPlatform.InclusionPlans.Upstream;

namespace SendPlatform.InclusionPlans.Application;

/// <summary>
/// Reading a plan and its compliance: a published plan (and what followed it) by every partner, a draft only by
/// its LA and its partnership's members (<see cref="PlanTenancy"/>).
/// </summary>
public sealed class ReadPlan(PlansDbContext db, NationalStandardsFacts standards, TimeProvider clock)
{
    public async Task<InclusionPlan> ReadAsync(CallerOrganisation caller, string laCode, Guid id, CancellationToken cancellationToken)
    {
        var plan = await db.PlanAsync(laCode, id, tracked: false, cancellationToken);
        PlanTenancy.RequireMayRead(caller, plan, plan.IsPublic ? null : await db.PartnershipAsync(laCode, cancellationToken));
        return plan;
    }

    public async Task<(InclusionPlan Plan, IReadOnlyList<Finding> Findings)> ComplianceAsync(CallerOrganisation caller, string laCode, Guid id, CallOptions onBehalfOfCaller,
        CancellationToken cancellationToken)
    {
        var plan = await ReadAsync(caller, laCode, id, cancellationToken);
        var facts = await standards.FindAsync(plan.Content.StandardsVersion, onBehalfOfCaller)
            ?? throw new DomainRuleException($"National standards {plan.Content.StandardsVersion} can no longer be read from national-standards.");
        return (plan, ComplianceCheck.Evaluate(plan.Content, facts, clock.TodayInEngland()));
    }

    /// <summary>Whether the caller's lists of this area's plans include its drafts.</summary>
    public async Task<bool> MayReadDraftsAsync(CallerOrganisation caller, string laCode, CancellationToken cancellationToken) =>
        PlanTenancy.MayReadDrafts(caller, laCode, await db.PartnershipAsync(laCode, cancellationToken));
}
