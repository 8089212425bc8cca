namespace SendPlatform.ServiceDefaults.Identity;

/// <summary>The token's org_type claim: the kinds of partner organisation that call the platform, and the platform's own services.</summary>
public enum OrganisationType
{
    Dfe,
    La,
    School,
    ApProvider,

    /// <summary>
    /// A platform service calling another on its own behalf, where no partner's request is behind the call (an event
    /// consumer repricing commissions, for example). The gateway refuses it, so no partner can present one.
    /// </summary>
    Service,
}
