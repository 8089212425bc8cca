namespace SendPlatform.AppHost.LocalServers;

/// <summary>
/// PostgreSQL from Debian's postgresql package, run in the foreground under a shell that turns DCP's SIGTERM into a
/// fast shutdown (LocalPostgresExtensions). initdb and the server refuse root, so as root both run as the postgres
/// user. Loopback-only with trust authentication: a developer's private server, never a deployment.
/// </summary>
public sealed class LocalPostgresResource(string name, string command, string dataDirectory, int port)
    : ExecutableResource(name, command, dataDirectory), IResourceWithConnectionString
{
    public string DataDirectory => WorkingDirectory;

    public int Port => port;

    public ReferenceExpression ConnectionStringExpression => ConnectionStringFor("postgres");

    internal List<LocalPostgresDatabaseResource> Databases { get; } = [];

    internal ReferenceExpression ConnectionStringFor(string database) =>
        ReferenceExpression.Create($"Host=127.0.0.1;Port={port.ToString(System.Globalization.CultureInfo.InvariantCulture)};Username=postgres;Database={database}");
}
