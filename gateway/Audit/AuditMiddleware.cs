using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using SendPlatform.Gateway.Security;
using SendPlatform.ServiceDefaults.Identity;
using Yarp.ReverseProxy.Model;

namespace SendPlatform.Gateway.Audit;

/// <summary>
/// One audit line per call to a partner route, allowed or refused (401, 403, 404, 429 included), and per request
/// no route matched: who (organisation type and id, the token's sub), from where (client address), which route (its
/// id and template), the outcome, and the trace id to follow it into the services. Paths and bodies can identify a
/// child (UPNs), so the line names the route's template, never the path, query or payload. Lines go to the
/// <see cref="AuditTrail"/>.
/// </summary>
public sealed class AuditMiddleware(RequestDelegate next, AuditTrail trail, TimeProvider clock)
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
                var caller = context.Caller();
                // A gRPC error without a message carries its status in the headers; any other reply, in the trailers.
                var grpcStatus = context.Response.Headers["grpc-status"].ToString() is { Length: > 0 } inHeaders ? inHeaders
                    : context.Features.Get<IHttpResponseTrailersFeature>()?.Trailers["grpc-status"].ToString() ?? "";
                var status = context.Response.StatusCode;
                await trail.WriteAsync(string.Create(CultureInfo.InvariantCulture,
                    $"audit route={route?.RouteId ?? "unmatched"} template={route?.Match.Path ?? "-"} method={context.Request.Method} " +
                    $"outcome={AuditOutcome.Of(status, grpcStatus)} status={status} grpc_status={(grpcStatus.Length == 0 ? "-" : grpcStatus)} " +
                    $"org_type={(caller is null ? "anonymous" : PlatformClaims.WireName(caller.Type))} org_id={caller?.OrgId ?? "-"} " +
                    $"sub={context.User.FindFirst("sub")?.Value ?? "-"} client_ip={context.Connection.RemoteIpAddress?.ToString() ?? "-"} " +
                    $"trace_id={Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier} ms={Stopwatch.GetElapsedTime(started).TotalMilliseconds:0.0} " +
                    $"at={clock.GetUtcNow():O}"));
            }
        }
    }
}
