using SendPlatform.InclusionPlans.Domain.Partnerships;
using SendPlatform.InclusionPlans.Domain.Plans;

namespace SendPlatform.InclusionPlans.Application;

/// <summary>
/// An LA edits only its own area's partnership and plans. A published plan (and what followed it) is public to every
/// partner; a draft is read only by its LA and the partnership's members, who are asked to sign it off.
/// </summary>
public static class PlanTenancy
{
    public static void RequireMayRead(CallerOrganisation caller, InclusionPlan plan, Partnership? partnership)
    {
        if (plan.IsPublic || MayReadDrafts(caller, plan.LaCode, partnership)) return;
        throw new PermissionDeniedException($"A draft plan is read only by local authority {plan.LaCode} and its partnership's members.");
    }

    public static bool MayReadDrafts(CallerOrganisation caller, string laCode, Partnership? partnership) =>
        caller.IsLocalAuthorityOf(laCode) || partnership?.Members.Any(m => Presents(caller, m)) == true;

    /// <summary>
    /// Whether the caller is this member. Identity is the pair (organisation type, id): only a token of the type the
    /// member's role has can be it, so a school whose URN equals another member's id is not that member. Health, social
    /// care and parent carer forums have no token type of their own here; their LA records their sign-off.
    /// </summary>
    public static bool Presents(CallerOrganisation caller, PartnershipMember member) => member.OrganisationId == caller.OrgId && (member.Role, caller.Type) switch
    {
        (PartnerRole.LocalAuthority, OrganisationType.La) => true,
        (PartnerRole.SchoolsAndTrusts, OrganisationType.School) => true,
        _ => false,
    };
}
