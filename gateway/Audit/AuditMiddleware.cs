using System.Diagnostics;
using SendPlatform.ServiceDefaults.Identity;
using Yarp.ReverseProxy.Model;

namespace SendPlatform.Gateway.Audit;

/// <summary>
/// One audit line per proxied call: who (organisation), which route, outcome and time. Paths and bodies can
/// identify a child (UPNs), so the line names the route id, never the path, query or payload.
/// </summary>
public sealed class AuditMiddleware(RequestDelegate next, ILogger<AuditMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var route = context.Features.Get<IReverseProxyFeature>()?.Route.Config.RouteId;
            if (route is not null)
            {
                var caller = CallerOrganisation.FromPrincipal(context.User);
                logger.LogInformation("audit route={Route} method={Method} org_type={OrgType} org_id={OrgId} status={Status} grpc_status={GrpcStatus} ms={Elapsed:0.0}",
                    route, context.Request.Method, caller?.Type.ToString() ?? "anonymous", caller?.OrgId ?? "-",
                    context.Response.StatusCode, context.Response.Headers["grpc-status"].ToString(),
                    Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }
    }
}
