using System.Security.Claims;
using SendPlatform.SharedKernel.Errors;

namespace SendPlatform.ServiceDefaults.Identity;

/// <summary>Who is calling: the organisation named by the validated bearer token, never by a plain header.</summary>
public sealed record CallerOrganisation(OrganisationType Type, string OrgId, string? LaCode, IReadOnlySet<string> Scopes)
{
    public static CallerOrganisation? FromPrincipal(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true) return null;
        if (!PlatformClaims.TryParseOrgType(principal.FindFirstValue(PlatformClaims.OrgType), out var type)) return null;
        var orgId = principal.FindFirstValue(PlatformClaims.OrgId);
        if (string.IsNullOrWhiteSpace(orgId)) return null;
        var laCode = principal.FindFirstValue(PlatformClaims.LaCode);
        // A local authority acts for its area: a token that names no area names no local authority.
        if (type == OrganisationType.La && string.IsNullOrWhiteSpace(laCode)) return null;
        var scopes = principal.FindAll(PlatformClaims.Scope)
            .SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToHashSet(StringComparer.Ordinal);
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
