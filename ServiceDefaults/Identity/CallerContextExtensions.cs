using Grpc.Core;

namespace SendPlatform.ServiceDefaults.Identity;

public static class CallerContextExtensions
{
    /// <summary>
    /// The calling organisation. Every API endpoint requires an authenticated caller, so a token
    /// without the platform's claims is refused here rather than treated as anonymous.
    /// </summary>
    public static CallerOrganisation GetCaller(this ServerCallContext context) =>
        CallerOrganisation.FromPrincipal(context.GetHttpContext().User)
        ?? throw new RpcException(new Status(StatusCode.Unauthenticated,
            "The bearer token does not name an organisation (org_type, org_id)."));
}
