namespace SendPlatform.InclusionDashboard.Web.Session;

/// <summary>The pages' own client registration at the OIDC authority ("DashboardClient" section), used only when Auth__Authority is set.</summary>
public sealed class OidcClientSettings
{
    public const string Section = "DashboardClient";

    public string? ClientId { get; init; }

    public string? ClientSecret { get; init; }
}
