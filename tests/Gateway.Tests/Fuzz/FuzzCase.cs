namespace SendPlatform.Gateway.Tests.Fuzz;

/// <summary>One malformed request: what it targets (a REST route or a gRPC method), its form, and the raw bytes sent.</summary>
public sealed record FuzzCase(string Kind, string Target, HttpMethod Method, string Path, string ContentType, byte[] Body, Access.Caller Caller)
{
    public bool IsGrpc => Kind.StartsWith("grpc", StringComparison.Ordinal);

    public override string ToString() => $"{Kind} {Method} {Path} as {Caller} ({Body.Length} bytes {ContentType})";
}
