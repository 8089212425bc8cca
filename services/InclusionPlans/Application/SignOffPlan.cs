using SendPlatform.InclusionPlans.Data;
using SendPlatform.InclusionPlans.Domain.Plans;
using SendPlatform.ServiceDefaults.Database;

namespace SendPlatform.InclusionPlans.Application;

/// <summary>
/// A partnership member's sign-off of one revision of a plan, recorded by the member itself or by its LA (health,
/// social care and parent carer forums have no token of their own, so their LA records theirs).
/// </summary>
public sealed class SignOffPlan(PlansDbContext db, TimeProvider clock)
{
    public async Task<InclusionPlan> SignOffAsync(CallerOrganisation caller, string laCode, Guid id, string organisationId, string signedBy, int revision,
        CancellationToken cancellationToken)
    {
        var partnership = await db.PartnershipAsync(laCode, cancellationToken)
            ?? throw new DomainRuleException($"LA {laCode} has no partnership yet: set it before plans are signed off.");
        var member = partnership.Member(organisationId)
            ?? throw new RequestValidationException([new FieldViolation("organisation_id", $"'{organisationId}' is not a member of LA {laCode}'s partnership")]);
        if (!caller.IsLocalAuthorityOf(laCode) && !PlanTenancy.Presents(caller, member))
            throw new PermissionDeniedException($"Only local authority {laCode} or the member itself may record {member.Name}'s sign-off.");
        var plan = await db.PlanAsync(laCode, id, tracked: true, cancellationToken);
        plan.RecordSignOff(member, signedBy, revision, caller.OrgId, clock.GetStorageNow());
        await db.SavePlanAsync(cancellationToken);
        return plan;
    }
}
