namespace SendPlatform.AppHost.Hosting.Infrastructure;

/// <summary>An infrastructure server run from the machine's own binaries, bound to 127.0.0.1.</summary>
public interface ILocalServer : IAsyncDisposable
{
    int Port { get; }

    Task StartAsync(CancellationToken cancellationToken);

    Task StopAsync();
}
