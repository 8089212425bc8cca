using SendPlatform.AppHost.Hosting.Infrastructure;

namespace SendPlatform.AppHost.Hosting;

public sealed class RabbitMqResource(string name, string dataDirectory, int port) : Resource(name), IResourceWithConnectionString
{
    private RabbitMqServer? _server;

    public string ConnectionString => $"amqp://guest:guest@127.0.0.1:{port}/";

    public override string Url => $"amqp://127.0.0.1:{port}";

    public override async Task StartAsync(AppHostOutput output, CancellationToken cancellationToken)
    {
        _server = new RabbitMqServer(dataDirectory, port, output.For(Name));
        await _server.StartAsync(cancellationToken);
    }

    public override Task StopAsync() => _server?.StopAsync() ?? Task.CompletedTask;
}
