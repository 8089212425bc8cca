using Yarp.ReverseProxy.Configuration;

namespace SendPlatform.Gateway.Security;

/// <summary>
/// Every route is a partner route: a valid partner token and the per-organisation rate limit, set here once instead
/// of on each route in configuration. A route that names another policy stops the gateway at start-up, so none can
/// be opened by a typo.
/// </summary>
public sealed class PartnerRouteDefaults : IProxyConfigFilter
{
    public ValueTask<RouteConfig> ConfigureRouteAsync(RouteConfig route, ClusterConfig? cluster, CancellationToken cancel)
    {
        if (route.AuthorizationPolicy is not (null or PartnerPolicy.Name) || route.RateLimiterPolicy is not (null or RateLimits.PolicyName))
            throw new InvalidOperationException($"Route {route.RouteId} names its own authorization or rate limit policy; every route is a partner route.");
        return ValueTask.FromResult(route with { AuthorizationPolicy = PartnerPolicy.Name, RateLimiterPolicy = RateLimits.PolicyName });
    }

    public ValueTask<ClusterConfig> ConfigureClusterAsync(ClusterConfig cluster, CancellationToken cancel) => ValueTask.FromResult(cluster);
}
