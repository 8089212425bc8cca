namespace SendPlatform.AppHost.Hosting;

/// <summary>A Kestrel endpoint of a project: cleartext, HTTP/1.1 for REST callers or HTTP/2 (h2c) for gRPC.</summary>
public sealed record ProjectEndpoint(string Name, int Port, bool Http2)
{
    public string Url => $"http://127.0.0.1:{Port}";
}
