namespace SendPlatform.ServiceDefaults.Identity;

/// <summary>
/// The scopes each kind of organisation may hold: what a development token carries unless its request narrows it,
/// and what the OIDC authority should grant each client. A scope lets a caller reach an RPC at all; which records it
/// may then touch is each use case's decision from stored facts.
/// </summary>
public static class PlatformScopes
{
    /// <summary>Reading the inclusion dashboard, through its API or its pages.</summary>
    public const string DashboardRead = "dashboard.read";

    /// <summary>EHC needs assessment cases: reading, and requesting or deciding.</summary>
    public const string EhcpRead = "ehcp.read";

    public const string EhcpWrite = "ehcp.write";

    private static readonly string[] Areas = ["standards", "funding", "movements", "ap", "inclusion"];

    private static readonly Dictionary<OrganisationType, string[]> ByType = new()
    {
        // The dashboard is read-only: it learns from events, so no one writes to it. EHC cases are children's records
        // an LA runs: DfE reads no child's case, so it holds no ehcp scope.
        [OrganisationType.Dfe] = [.. Areas.SelectMany(a => new[] { $"{a}.read", $"{a}.write" }), DashboardRead],
        [OrganisationType.La] = ["standards.read", "funding.read", "movements.read", "movements.write", "ap.read", "ap.write", "inclusion.read", "inclusion.write",
            EhcpRead, EhcpWrite, DashboardRead],
        // A setting asks for a child's assessment and follows the request it made.
        [OrganisationType.School] = ["standards.read", "funding.read", "movements.read", "movements.write", "ap.read", "inclusion.read", "inclusion.write",
            EhcpRead, EhcpWrite, DashboardRead],
        [OrganisationType.ApProvider] = ["standards.read", "movements.read", "movements.write", "ap.read", "ap.write", "inclusion.read", EhcpRead, EhcpWrite, DashboardRead],
        [OrganisationType.Service] = ["standards.read", "funding.read"],
    };

    public static IReadOnlyList<string> For(OrganisationType type) => ByType[type];
}
