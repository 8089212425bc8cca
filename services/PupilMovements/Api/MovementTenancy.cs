using SendPlatform.PupilMovements.Domain;
using SendPlatform.ServiceDefaults.Errors;
using SendPlatform.ServiceDefaults.Identity;

namespace SendPlatform.PupilMovements.Api;

/// <summary>
/// Who may write and read pupil-level movements: a school or AP provider for its own URN (the token's org_id is
/// its URN), a local authority for its own area. DfE sees the national picture through the dashboards, not pupils.
/// </summary>
public static class MovementTenancy
{
    public static void RequireMayNotify(CallerOrganisation caller, MovementNotification n)
    {
        switch (caller.Type)
        {
            case OrganisationType.School or OrganisationType.ApProvider when caller.OrgId == n.FromUrn || caller.OrgId == n.ToUrn:
                return;
            case OrganisationType.School or OrganisationType.ApProvider:
                throw new PermissionDeniedException($"A setting may notify only movements from or to its own URN ({caller.OrgId}).");
            case OrganisationType.La when caller.LaCode == n.ResponsibleLaCode:
                return;
            case OrganisationType.La:
                throw new PermissionDeniedException($"A local authority may notify only for its own area ({caller.LaCode}).");
            default:
                throw new PermissionDeniedException("Only settings and local authorities notify movements.");
        }
    }

    public static void RequireMayRead(CallerOrganisation caller, PupilTimeline timeline)
    {
        var allowed = caller.Type switch
        {
            OrganisationType.La => caller.LaCode == timeline.ResponsibleLaCode,
            OrganisationType.School or OrganisationType.ApProvider => timeline.Settings.Contains(caller.OrgId),
            _ => false,
        };
        if (!allowed) throw new PermissionDeniedException("Only the responsible local authority and the settings the pupil is or was at may read this pupil.");
    }

    public static void RequireLocalAuthority(CallerOrganisation caller, string laCode) =>
        caller.RequireLocalAuthorityOf(laCode, "see or act on its oversight data");
}
