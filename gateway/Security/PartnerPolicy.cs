using SendPlatform.ServiceDefaults.Identity;

namespace SendPlatform.Gateway.Security;

/// <summary>
/// The policy every proxied route requires: a valid token naming a partner organisation. A platform service's token
/// is for calls inside the platform and is refused here, even though it is validly signed.
/// </summary>
public static class PartnerPolicy
{
    public const string Name = "partner";

    public static void Configure(Microsoft.AspNetCore.Authorization.AuthorizationOptions options) =>
        options.AddPolicy(Name, policy => policy
            .RequireAuthenticatedUser()
            .RequireAssertion(context => (context.Resource is HttpContext request ? request.Caller() : CallerOrganisation.FromPrincipal(context.User))
                is { } caller && caller.Type.IsPartner()));
}
