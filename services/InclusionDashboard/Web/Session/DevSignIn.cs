using System.Net;

namespace SendPlatform.InclusionDashboard.Web.Session;

/// <summary>
/// Development's sign-in: choose an organisation, and the development token issuer (the gateway's /dev/token code)
/// makes its token, which is then validated like any other. On exactly the gateway's terms: Development,
/// DevTokens__Enabled=true (AppHost sets it), no OIDC authority, and a browser on this machine, since whoever reaches
/// it can be any organisation.
/// </summary>
public sealed class DevSignIn(IHostEnvironment environment, IConfiguration configuration, TokenSettings settings, SessionTokens sessions, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    public bool IsEnabled => environment.IsDevelopment() && configuration.GetValue<bool>("DevTokens:Enabled") && settings.Authority is null;

    /// <summary>Whether this request may use it: enabled, and from this machine (after the gateway's forwarded address).</summary>
    public bool Allows(HttpContext http) => IsEnabled && http.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address);

    public record Choice(string? OrgType, string? LaCode, string? OrgId);

    public Violations Check(Choice choice, out OrganisationType type, out string orgId, out string? laCode)
    {
        var v = new Violations();
        orgId = "";
        laCode = null;
        if (!PlatformClaims.TryParseOrgType(choice.OrgType, out type) || !type.IsPartner())
        {
            v.Add("org_type", "Choose the kind of organisation to sign in as");
            return v;
        }
        switch (type)
        {
            case OrganisationType.Dfe:
                orgId = "dfe";
                break;
            case OrganisationType.La when LaCode.TryParse(choice.LaCode ?? "", out var la, out _):
                laCode = la.Value.Value;
                orgId = "la-" + la.Value.Value;
                break;
            case OrganisationType.La:
                v.Add("la_code", "Choose a local authority");
                break;
            default:
                orgId = (choice.OrgId ?? "").Trim();
                if (orgId.Length is 0 or > 100) v.Add("org_id", type == OrganisationType.School ? "Enter the school's URN" : "Enter the AP provider's ID");
                else if (type == OrganisationType.School && !Urn.TryParse(orgId, out _, out var reason)) v.Add("org_id", "The URN " + reason);
                break;
        }
        return v;
    }

    public async Task<SessionTokens.Session> IssueAsync(OrganisationType type, string orgId, string? laCode, CancellationToken cancellationToken)
    {
        var token = PlatformTokens.Issue(settings, type, orgId, laCode, PlatformScopes.For(type), clock.GetUtcNow(), Lifetime);
        return await sessions.ValidateAsync(token, cancellationToken)
            ?? throw new InvalidOperationException("A development token failed its own validation: the signing key or issuer settings disagree.");
    }
}
