using System.Collections.Frozen;

namespace SendPlatform.ServiceDefaults.Identity;

/// <summary>Claim names and wire values shared by the gateway's token issuer and every service's reader.</summary>
public static class PlatformClaims
{
    public const string OrgType = "org_type";
    public const string OrgId = "org_id";
    public const string LaCode = "la_code";
    public const string Scope = "scope";

    private static readonly Dictionary<string, OrganisationType> ByWireName = new(StringComparer.Ordinal)
    {
        ["dfe"] = OrganisationType.Dfe,
        ["la"] = OrganisationType.La,
        ["school"] = OrganisationType.School,
        ["ap_provider"] = OrganisationType.ApProvider,
        ["service"] = OrganisationType.Service,
    };

    // Read for every call's audit line and rate limit: a lookup, not a search of the names.
    private static readonly FrozenDictionary<OrganisationType, string> WireNames = ByWireName.ToFrozenDictionary(t => t.Value, t => t.Key);

    public static IReadOnlyCollection<string> OrgTypeNames => ByWireName.Keys;

    /// <summary>The org_type values a partner organisation's token may carry: every one but the platform's own.</summary>
    public static IReadOnlyCollection<string> PartnerOrgTypeNames { get; } = ByWireName.Where(t => t.Value.IsPartner()).Select(t => t.Key).ToList();

    public static bool IsPartner(this OrganisationType type) => type != OrganisationType.Service;

    public static string WireName(OrganisationType type) => WireNames[type];

    public static bool TryParseOrgType(string? value, out OrganisationType type) =>
        ByWireName.TryGetValue(value ?? "", out type);
}
