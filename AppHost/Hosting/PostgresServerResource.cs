using SendPlatform.AppHost.Hosting.Infrastructure;

namespace SendPlatform.AppHost.Hosting;

public sealed class PostgresServerResource(string name, string dataDirectory, int port) : Resource(name)
{
    private PostgresServer? _server;

    public int Port => port;

    public override string Url => $"postgresql://127.0.0.1:{port}";

    public string ConnectionString(string database) => new PostgresServer(dataDirectory, port).ConnectionString(database);

    public override async Task StartAsync(AppHostOutput output, CancellationToken cancellationToken)
    {
        _server = new PostgresServer(dataDirectory, port, output.For(Name));
        await _server.StartAsync(cancellationToken);
    }

    public override Task StopAsync() => _server?.StopAsync() ?? Task.CompletedTask;
}
