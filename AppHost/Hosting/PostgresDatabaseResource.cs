namespace SendPlatform.AppHost.Hosting;

/// <summary>One service's database on the shared server; the service's migrations create it on first start.</summary>
public sealed class PostgresDatabaseResource(string name, PostgresServerResource server) : Resource(name), IResourceWithConnectionString
{
    public string ConnectionString => server.ConnectionString(Name);

    public override string Url => $"{server.Url}/{Name}";

    public override Task StartAsync(AppHostOutput output, CancellationToken cancellationToken) => Task.CompletedTask;

    public override Task StopAsync() => Task.CompletedTask;
}
