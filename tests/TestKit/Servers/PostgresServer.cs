using System.Diagnostics;

namespace SendPlatform.TestKit.Servers;

/// <summary>
/// PostgreSQL from the postgresql package. initdb refuses to run as root, so as root the cluster belongs to the
/// postgres user. Loopback-only with trust authentication: this is a developer's or a test run's private server.
/// </summary>
public sealed class PostgresServer(string dataDirectory, int port, Action<string>? log = null)
{
    public int Port => port;

    public string DataDirectory => dataDirectory;

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={port};Username=postgres;Password=postgres;Database={database}";

    private static bool IsRoot => Environment.UserName == "root";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(dataDirectory);
        if (!File.Exists(Path.Combine(dataDirectory, "PG_VERSION")))
        {
            if (IsRoot) await RunAsync("chown", ["-R", "postgres:postgres", dataDirectory], asPostgres: false, cancellationToken);
            await RunAsync(Binaries.PostgresBin("initdb"), ["-D", dataDirectory, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-locale"], IsRoot, cancellationToken);
        }
        // A server left running by a killed run would hold the directory: stop it first.
        await RunAsync(Binaries.PostgresBin("pg_ctl"), ["-D", dataDirectory, "-m", "fast", "-w", "stop"], IsRoot, cancellationToken, allowFailure: true);
        await RunAsync(Binaries.PostgresBin("pg_ctl"),
            ["-D", dataDirectory, "-l", Path.Combine(dataDirectory, "server.log"), "-w", "-t", "60",
             "-o", $"-p {port} -k {dataDirectory} -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=on", "start"],
            IsRoot, cancellationToken);
    }

    public Task StopAsync() =>
        RunAsync(Binaries.PostgresBin("pg_ctl"), ["-D", dataDirectory, "-m", "fast", "-w", "stop"], IsRoot, CancellationToken.None, allowFailure: true);

    private async Task RunAsync(string file, string[] arguments, bool asPostgres, CancellationToken cancellationToken, bool allowFailure = false)
    {
        var info = new ProcessStartInfo(asPostgres ? "runuser" : file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (asPostgres) foreach (var a in new[] { "-u", "postgres", "--", file }) info.ArgumentList.Add(a);
        foreach (var a in arguments) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0 && !allowFailure)
            throw new InvalidOperationException($"{Path.GetFileName(file)} failed ({process.ExitCode}): {await error}{await output}");
        log?.Invoke((await output).Trim());
    }
}
