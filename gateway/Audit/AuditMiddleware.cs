using System.Diagnostics;
using SendPlatform.ServiceDefaults.Identity;
using Yarp.ReverseProxy.Model;

namespace SendPlatform.Gateway.Audit;

/// <summary>
/// One audit line per call to a partner route, allowed or refused (401, 403, 404, 429 included), and per request
/// no route matched: who (organisation type and id, the token's sub), from where (client address), which route (its
/// id and template), the outcome, and the trace id to follow it into the services. Paths and bodies can identify a
/// child (UPNs), so the line names the route's template, never the path, query or payload.
/// </summary>
public sealed partial class AuditMiddleware(RequestDelegate next, ILogger<AuditMiddleware> logger)
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
            var endpoint = context.GetEndpoint();
            var route = endpoint?.Metadata.GetMetadata<RouteModel>()?.Config;
            // The gateway's own endpoints (health, development tokens) are not partner calls.
            if (route is not null || endpoint is null)
            {
                var caller = CallerOrganisation.FromPrincipal(context.User);
                var grpcStatus = context.Response.Headers["grpc-status"].ToString();
                AuditLine(logger, route?.RouteId ?? "unmatched", route?.Match.Path ?? "-", context.Request.Method,
                    AuditOutcome.Of(context.Response.StatusCode, grpcStatus), context.Response.StatusCode, grpcStatus.Length == 0 ? "-" : grpcStatus,
                    caller is null ? "anonymous" : PlatformClaims.WireName(caller.Type), caller?.OrgId ?? "-", context.User.FindFirst("sub")?.Value ?? "-",
                    context.Connection.RemoteIpAddress?.ToString() ?? "-", Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier,
                    Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }
    }

    // Source-generated: the line is built without boxing its values or parsing its template on every request.
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message =
        "audit route={Route} template={Template} method={Method} outcome={Outcome} status={Status} grpc_status={GrpcStatus} org_type={OrgType} org_id={OrgId} sub={Sub} client_ip={ClientIp} trace_id={TraceId} ms={Elapsed:0.0}")]
    private static partial void AuditLine(ILogger logger, string route, string template, string method, string outcome, int status,
        string grpcStatus, string orgType, string orgId, string sub, string clientIp, string traceId, double elapsed);
}
