namespace SendPlatform.AppHost.LocalServers;

/// <summary>
/// RabbitMQ from Debian's rabbitmq-server package, run without systemd: the server script itself in the foreground
/// (it stops the broker cleanly on SIGTERM), every directory and port private to this instance.
/// </summary>
public sealed class LocalRabbitMqResource(string name, string dataDirectory, int port)
    : ExecutableResource(name, DebianBinaries.RabbitMqServer, dataDirectory), IResourceWithConnectionString
{
    public string DataDirectory => WorkingDirectory;

    public int Port => port;

    /// <summary>Erlang's port mapper for this broker alone, run as a resource of its own so it stops with the rest.</summary>
    public int EpmdPort => port + 2;

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"amqp://guest:guest@127.0.0.1:{port.ToString(System.Globalization.CultureInfo.InvariantCulture)}/");
}
