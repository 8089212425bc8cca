using System.Collections.Concurrent;
using System.Diagnostics;

namespace SendPlatform.TestKit.Servers;

/// <summary>
/// RabbitMQ from the rabbitmq-server package, run without systemd: the server script itself, with every
/// directory and port private to this instance. It starts an epmd daemon of its own, which Stop ends too.
/// </summary>
public sealed class RabbitMqServer(string dataDirectory, int port, Action<string>? log = null)
{
    private const string Script = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    private const string Ctl = "/usr/lib/rabbitmq/bin/rabbitmqctl";
    private ManagedProcess? _process;

    /// <summary>The broker's last lines of output, for the error when it does not come up.</summary>
    private readonly ConcurrentQueue<string> _recentOutput = new();

    public int Port => port;

    public string ConnectionString => $"amqp://guest:guest@127.0.0.1:{port}/";

    private string NodeName => $"rabbit-{port}@localhost";

    public int EpmdPort => port + 2;

    public string PidFile => Path.Combine(dataDirectory, "rabbit.pid");

    private Dictionary<string, string?> Environment => new()
    {
        ["HOME"] = dataDirectory,
        ["RABBITMQ_NODENAME"] = NodeName,
        ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
        ["RABBITMQ_NODE_PORT"] = port.ToString(),
        ["RABBITMQ_DIST_PORT"] = (port + 1).ToString(),
        ["ERL_EPMD_PORT"] = EpmdPort.ToString(),
        ["RABBITMQ_MNESIA_BASE"] = Path.Combine(dataDirectory, "mnesia"),
        ["RABBITMQ_LOG_BASE"] = Path.Combine(dataDirectory, "log"),
        ["RABBITMQ_CONFIG_FILE"] = Path.Combine(dataDirectory, "rabbitmq.conf"),
        ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(dataDirectory, "enabled_plugins"),
        ["RABBITMQ_PID_FILE"] = PidFile,
        ["RABBITMQ_CONF_ENV_FILE"] = "/dev/null",
    };

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Binaries.Require(Script, "rabbitmq-server");
        Directory.CreateDirectory(Path.Combine(dataDirectory, "mnesia"));
        Directory.CreateDirectory(Path.Combine(dataDirectory, "log"));
        await File.WriteAllTextAsync(Path.Combine(dataDirectory, "enabled_plugins"), "[].", cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(dataDirectory, "rabbitmq.conf"), "# Settings come from the environment; only warnings reach the console.\nlog.console = true\nlog.console.level = warning\nlog.file = false\n", cancellationToken);
        _process = ManagedProcess.Start(Script, [], Environment, dataDirectory, line =>
        {
            _recentOutput.Enqueue(line);
            while (_recentOutput.Count > 20) _recentOutput.TryDequeue(out _);
            log?.Invoke(line);
        });
        // Generous: on a fresh 2-core CI machine every test assembly boots its own broker at once while the rest of the
        // solution is still building, and an Erlang VM has been seen to need more than two minutes then. A broker that
        // exits instead (a port taken between choosing and binding it) fails at once, saying what it printed.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(240);
        while (!await FreePort.IsOpenAsync(port, cancellationToken))
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
                throw new TimeoutException($"RabbitMQ {(_process.HasExited ? "exited before opening" : "did not open")} port {port} within 240 s; its last output:\n"
                    + string.Join("\n", _recentOutput));
            await Task.Delay(100, cancellationToken);
        }
        await RunCtlAsync(["-n", NodeName, "wait", PidFile, "--timeout", "180"], cancellationToken);
    }

    /// <summary>A virtual host of its own, newly named, for a caller (e.g. one test class): what it sees there is its own.</summary>
    public Task<string> AddVirtualHostAsync() => AddVirtualHostAsync("vh-" + Guid.NewGuid().ToString("N")[..8], CancellationToken.None);

    /// <summary>A virtual host of its own for a caller (e.g. one test class), with guest allowed everything in it.</summary>
    public async Task<string> AddVirtualHostAsync(string name, CancellationToken cancellationToken)
    {
        await RunCtlAsync(["-n", NodeName, "add_vhost", name], cancellationToken);
        await RunCtlAsync(["-n", NodeName, "set_permissions", "-p", name, "guest", ".*", ".*", ".*"], cancellationToken);
        return $"amqp://guest:guest@127.0.0.1:{port}/{Uri.EscapeDataString(name)}";
    }

    /// <summary>Stops the broker abruptly or gently; its queues are durable, so messages survive either way.</summary>
    public async Task StopAsync()
    {
        if (File.Exists(PidFile) && int.TryParse((await File.ReadAllTextAsync(PidFile)).Trim(), out var beamPid))
        {
            Posix.Terminate(beamPid);
        }
        if (_process is not null)
        {
            await _process.StopAsync(TimeSpan.FromSeconds(20));
            _process = null;
        }
        StopEpmd();
    }

    private void StopEpmd()
    {
        foreach (var epmd in Process.GetProcessesByName("epmd"))
        {
            try
            {
                var environ = File.ReadAllText($"/proc/{epmd.Id}/environ").Split('\0');
                if (environ.Contains($"ERL_EPMD_PORT={EpmdPort}")) epmd.Kill();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                // Gone already, or not ours to read.
            }
        }
    }

    private async Task RunCtlAsync(string[] arguments, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(Ctl) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = dataDirectory };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        foreach (var (key, value) in Environment) info.Environment[key] = value;
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync(cancellationToken) + await process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0) throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', arguments)} failed: {output}");
    }
}
