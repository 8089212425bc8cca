using SendPlatform.ServiceDefaults.Errors;
using SendPlatform.ServiceDefaults.Identity;

namespace SendPlatform.ApCommissioning.Api;

/// <summary>An LA plans, commissions and places for its own area only.</summary>
public static class ApTenancy
{
    public static void RequireLocalAuthority(CallerOrganisation caller, string laCode, string action)
    {
        if (caller.Type != OrganisationType.La || caller.LaCode != laCode)
            throw new PermissionDeniedException($"Only local authority {laCode} may {action}.");
    }
}
