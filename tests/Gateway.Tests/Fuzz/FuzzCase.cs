namespace SendPlatform.Gateway.Tests.Fuzz;

/// <summary>One malformed request: its kind, the route or gRPC method path, its content type and the raw bytes sent.</summary>
public sealed record FuzzCase(string Kind, HttpMethod Method, string Path, string ContentType, byte[] Body, Access.Caller Caller)
{
    public bool IsGrpc => Kind.StartsWith("grpc", StringComparison.Ordinal);
}
