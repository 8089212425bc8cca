using Grpc.Core;
using Microsoft.AspNetCore.Http;

namespace SendPlatform.ServiceDefaults.Grpc;

/// <summary>
/// Options for a call a service makes while serving one: on the caller's behalf (their token, so the next service
/// applies the caller's own authority) and within the caller's deadline and cancellation.
/// </summary>
public static class OnwardCalls
{
    public static CallOptions OnBehalfOfCaller(this ServerCallContext context) =>
        context.GetHttpContext().OnBehalfOfCaller().WithDeadline(context.Deadline).WithCancellationToken(context.CancellationToken);

    /// <summary>For a plain HTTP endpoint (no gRPC deadline): the caller's token, cancelled when the request is.</summary>
    public static CallOptions OnBehalfOfCaller(this HttpContext http)
    {
        var headers = new Metadata();
        var authorization = http.Request.Headers.Authorization.ToString();
        if (authorization.Length > 0) headers.Add("authorization", authorization);
        return new CallOptions(headers, cancellationToken: http.RequestAborted);
    }
}
