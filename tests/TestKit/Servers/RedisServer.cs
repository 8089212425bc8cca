using System.Net.Sockets;
using System.Text;

namespace SendPlatform.TestKit.Servers;

/// <summary>Redis from the redis-server package, loopback only, with its append-only file in a private directory.</summary>
public sealed class RedisServer(string dataDirectory, int port, Action<string>? log = null)
{
    private const string Binary = "/usr/bin/redis-server";
    private ManagedProcess? _process;

    public int Port => port;

    public string ConnectionString => $"127.0.0.1:{port}";

    /// <summary>Written by Redis itself, so it names the current process even after a restart.</summary>
    public string PidFile => Path.Combine(dataDirectory, "redis.pid");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Binaries.Require(Binary, "redis-server");
        Directory.CreateDirectory(dataDirectory);
        _process = ManagedProcess.Start(Binary,
            ["--bind", "127.0.0.1", "--port", port.ToString(), "--dir", dataDirectory, "--pidfile", PidFile, "--appendonly", "yes", "--save", "", "--protected-mode", "yes"],
            new Dictionary<string, string?>(), dataDirectory, line => log?.Invoke(line));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await PingAsync(cancellationToken))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Redis did not answer on port {port}.");
            await Task.Delay(50, cancellationToken);
        }
    }

    public async Task StopAsync()
    {
        if (_process is null) return;
        await _process.StopAsync(TimeSpan.FromSeconds(10));
        _process = null;
    }

    private async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", port, cancellationToken);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray(), cancellationToken);
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer, cancellationToken);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
