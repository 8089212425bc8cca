namespace SendPlatform.AppHost.LocalServers;

/// <summary>Redis from Debian's redis-server package, loopback only, its append-only file in a private directory.</summary>
public sealed class LocalRedisResource(string name, string dataDirectory, int port)
    : ExecutableResource(name, DebianBinaries.RedisServer, dataDirectory), IResourceWithConnectionString
{
    public string DataDirectory => WorkingDirectory;

    public int Port => port;

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"127.0.0.1:{port.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
}
