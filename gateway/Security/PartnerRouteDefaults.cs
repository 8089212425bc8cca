using Yarp.ReverseProxy.Configuration;

namespace SendPlatform.Gateway.Security;

/// <summary>
/// Every API route is a partner route: a valid partner token and the per-organisation rate limit, set here once
/// instead of on each route in configuration. A route that names another policy stops the gateway at start-up, so
/// none can be opened by a typo.
/// The one other kind is a page route (Metadata "Authentication": "service-session", only for the paths in
/// <see cref="PageRoutes"/>): a browser carries no bearer token, so the service behind it authenticates every page
/// with its own session (a cookie made from a validated platform token) and sends anyone without one to sign in.
/// The gateway passes those requests on, still rate-limited (by address until signed in).
/// </summary>
public sealed class PartnerRouteDefaults : IProxyConfigFilter
{
    public const string SessionAuthentication = "service-session";

    /// <summary>The paths whose service keeps its own page session; any other route marked so stops the gateway.</summary>
    public static readonly IReadOnlySet<string> PageRoutes = new HashSet<string>(StringComparer.Ordinal) { "/dashboard/{**rest}" };

    public ValueTask<RouteConfig> ConfigureRouteAsync(RouteConfig route, ClusterConfig? cluster, CancellationToken cancel)
    {
        if (route.AuthorizationPolicy is not (null or PartnerPolicy.Name) || route.RateLimiterPolicy is not (null or RateLimits.PolicyName))
            throw new InvalidOperationException($"Route {route.RouteId} names its own authorization or rate limit policy; every route is a partner route.");
        if (route.Metadata?.GetValueOrDefault("Authentication") is { } authentication)
        {
            if (authentication != SessionAuthentication || !PageRoutes.Contains(route.Match.Path ?? ""))
                throw new InvalidOperationException($"Route {route.RouteId} asks for '{authentication}' authentication; only the page routes {string.Join(", ", PageRoutes)} keep a session of their own.");
            return ValueTask.FromResult(route with { AuthorizationPolicy = "anonymous", RateLimiterPolicy = RateLimits.PolicyName });
        }
        return ValueTask.FromResult(route with { AuthorizationPolicy = PartnerPolicy.Name, RateLimiterPolicy = RateLimits.PolicyName });
    }

    public ValueTask<ClusterConfig> ConfigureClusterAsync(ClusterConfig cluster, CancellationToken cancel) => ValueTask.FromResult(cluster);
}
