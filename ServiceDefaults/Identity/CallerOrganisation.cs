using System.Security.Claims;
using SendPlatform.ServiceDefaults.Errors;

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
        var scopes = principal.FindAll(PlatformClaims.Scope)
            .SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToHashSet(StringComparer.Ordinal);
        return new CallerOrganisation(type, orgId, principal.FindFirstValue(PlatformClaims.LaCode), scopes);
    }

    public void Require(OrganisationType type, string action)
    {
        if (Type != type)
            throw new PermissionDeniedException($"Only an organisation of type '{PlatformClaims.WireName(type)}' may {action}.");
    }
}
