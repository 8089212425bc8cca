using System.Security.Claims;
using SendPlatform.SharedKernel.Errors;

namespace SendPlatform.ServiceDefaults.Identity;

/// <summary>Who is calling: the organisation named by the validated bearer token, never by a plain header.</summary>
public sealed record CallerOrganisation(OrganisationType Type, string OrgId, string? LaCode, IReadOnlySet<string> Scopes)
{
    /// <summary>
    /// The caller named by the principal's claims, or null when they name none. One pass over the claims, the first of
    /// each kind counting, and the scopes from <see cref="ScopeSets"/>: every call through the gateway and every service
    /// reads its caller.
    /// </summary>
    public static CallerOrganisation? FromPrincipal(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true) return null;
        string? orgType = null, orgId = null, laCode = null, scope = null;
        List<string>? moreScopes = null;
        foreach (var claim in principal.Claims)
        {
            switch (claim.Type)
            {
                case PlatformClaims.OrgType: orgType ??= claim.Value; break;
                case PlatformClaims.OrgId: orgId ??= claim.Value; break;
                case PlatformClaims.LaCode: laCode ??= claim.Value; break;
                case PlatformClaims.Scope when scope is null: scope = claim.Value; break;
                case PlatformClaims.Scope: (moreScopes ??= [scope]).Add(claim.Value); break;
            }
        }
        if (!PlatformClaims.TryParseOrgType(orgType, out var type)) return null;
        if (string.IsNullOrWhiteSpace(orgId)) return null;
        // A local authority acts for its area: a token that names no area names no local authority.
        if (type == OrganisationType.La && string.IsNullOrWhiteSpace(laCode)) return null;
        var scopes = moreScopes is not null ? ScopeSets.Joined(moreScopes) : ScopeSets.Shared.Of(scope ?? "");
        return new CallerOrganisation(type, orgId, laCode, scopes);
    }

    /// <summary>Whether the caller is the local authority of the area: every service's test for an LA acting on its own.</summary>
    public bool IsLocalAuthorityOf(string laCode) => Type == OrganisationType.La && LaCode == laCode;

    public void RequireLocalAuthorityOf(string laCode, string action)
    {
        if (!IsLocalAuthorityOf(laCode)) throw new PermissionDeniedException($"Only local authority {laCode} may {action}.");
    }

    public void Require(OrganisationType type, string action)
    {
        if (Type != type)
            throw new PermissionDeniedException($"Only an organisation of type '{PlatformClaims.WireName(type)}' may {action}.");
    }
}
