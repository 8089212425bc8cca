namespace SendPlatform.Gateway.Security;

/// <summary>
/// The gateway's own refusals (no valid token, a token naming no partner, too many requests, no such route) leave
/// ASP.NET Core with a status and no body. They are answered here in the platform's error shape: a google.rpc.Status
/// JSON body for REST, and for a gRPC caller a trailers-only answer with its grpc-status, as the services answer.
/// A request target longer than <see cref="MaxTargetLength"/> is refused here too: forwarded, it would pass the
/// services' HTTP/2 header limits only as a connection error (502).
/// </summary>
public sealed class GatewayRefusals(RequestDelegate next)
{
    /// <summary>Kestrel's HTTP/1.1 request-line limit, applied to HTTP/2 callers alike.</summary>
    public const int MaxTargetLength = 8 * 1024;

    private static readonly Dictionary<int, (int Code, string Message)> Refusals = new()
    {
        [StatusCodes.Status401Unauthorized] = (16, "A valid bearer token naming a partner organisation is required."),
        [StatusCodes.Status403Forbidden] = (7, "This token's organisation may not call the platform's partner routes."),
        [StatusCodes.Status404NotFound] = (5, "No route of the platform matches this path."),
        [StatusCodes.Status405MethodNotAllowed] = (12, "This route does not take this HTTP method."),
        [StatusCodes.Status429TooManyRequests] = (8, "Too many requests from this organisation: slow down and retry."),
    };

    public async Task InvokeAsync(HttpContext context)
    {
        var target = context.Request.Path.Value?.Length + context.Request.QueryString.Value?.Length;
        if (target > MaxTargetLength)
        {
            context.Response.StatusCode = StatusCodes.Status414UriTooLong;
            await context.Response.WriteAsJsonAsync(new { code = 3, message = $"The path and query are longer than {MaxTargetLength:N0} characters." }, context.RequestAborted);
            return;
        }
        await next(context);
        var response = context.Response;
        if (response.HasStarted || response.ContentLength > 0 || !Refusals.TryGetValue(response.StatusCode, out var refusal)) return;
        if (context.Request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true)
        {
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = "application/grpc";
            response.Headers["grpc-status"] = refusal.Code.ToString(System.Globalization.CultureInfo.InvariantCulture);
            response.Headers["grpc-message"] = Uri.EscapeDataString(refusal.Message);
            return;
        }
        await response.WriteAsJsonAsync(new { code = refusal.Code, message = refusal.Message }, context.RequestAborted);
    }
}
