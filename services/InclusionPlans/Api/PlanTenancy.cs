using SendPlatform.InclusionPlans.Domain.Partnerships;
using SendPlatform.InclusionPlans.Domain.Plans;
using SendPlatform.ServiceDefaults.Errors;
using SendPlatform.ServiceDefaults.Identity;

namespace SendPlatform.InclusionPlans.Api;

/// <summary>
/// An LA edits only its own area's partnership and plans. A published plan (and what followed it) is public to every
/// partner; a draft is read only by its LA and the partnership's members, who are asked to sign it off.
/// </summary>
public static class PlanTenancy
{
    public static void RequireMayRead(CallerOrganisation caller, InclusionPlan plan, Partnership? partnership)
    {
        if (plan.IsPublic || caller.IsLocalAuthorityOf(plan.LaCode) || partnership?.Member(caller.OrgId) is not null) return;
        throw new PermissionDeniedException($"A draft plan is read only by local authority {plan.LaCode} and its partnership's members.");
    }
}
