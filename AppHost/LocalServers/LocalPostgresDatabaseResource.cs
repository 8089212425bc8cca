namespace SendPlatform.AppHost.LocalServers;

/// <summary>One service's database on the local server, created once the server is healthy; the service migrates it.</summary>
public sealed class LocalPostgresDatabaseResource(string name, LocalPostgresResource server)
    : Resource(name), IResourceWithParent<LocalPostgresResource>, IResourceWithConnectionString
{
    public LocalPostgresResource Parent => server;

    public ReferenceExpression ConnectionStringExpression => server.ConnectionStringFor(Name);
}
