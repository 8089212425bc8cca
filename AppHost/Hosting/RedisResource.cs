using SendPlatform.AppHost.Hosting.Infrastructure;

namespace SendPlatform.AppHost.Hosting;

public sealed class RedisResource(string name, string dataDirectory, int port) : Resource(name), IResourceWithConnectionString
{
    private RedisServer? _server;

    public string ConnectionString => $"127.0.0.1:{port}";

    public override string Url => $"redis://127.0.0.1:{port}";

    public override async Task StartAsync(AppHostOutput output, CancellationToken cancellationToken)
    {
        _server = new RedisServer(dataDirectory, port, output.For(Name));
        await _server.StartAsync(cancellationToken);
    }

    public override Task StopAsync() => _server?.StopAsync() ?? Task.CompletedTask;
}
