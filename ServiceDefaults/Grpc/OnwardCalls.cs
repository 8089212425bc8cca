using Grpc.Core;

namespace SendPlatform.ServiceDefaults.Grpc;

/// <summary>
/// Options for a call a service makes while serving one: on the caller's behalf (their token, so the next service
/// applies the caller's own authority) and within the caller's deadline and cancellation.
/// </summary>
public static class OnwardCalls
{
    public static CallOptions OnBehalfOfCaller(this ServerCallContext context)
    {
        var headers = new Metadata();
        var authorization = context.GetHttpContext().Request.Headers.Authorization.ToString();
        if (authorization.Length > 0) headers.Add("authorization", authorization);
        return new CallOptions(headers, context.Deadline, context.CancellationToken);
    }
}
