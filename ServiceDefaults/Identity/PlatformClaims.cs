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
    };

    public static IReadOnlyCollection<string> OrgTypeNames => ByWireName.Keys;

    public static bool TryParseOrgType(string? value, out OrganisationType type) =>
        ByWireName.TryGetValue(value ?? "", out type);
}
