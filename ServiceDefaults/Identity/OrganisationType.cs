namespace SendPlatform.ServiceDefaults.Identity;

/// <summary>The kinds of partner organisation that call the platform; the token's org_type claim.</summary>
public enum OrganisationType
{
    Dfe,
    La,
    School,
    ApProvider,
}
