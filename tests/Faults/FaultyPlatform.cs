using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using RabbitMQ.Client;
using SendPlatform.TestKit;

namespace SendPlatform.Faults.Tests;

/// <summary>
/// The whole platform from the AppHost's app model, with a private data folder and ports (offset 4000, beside the
/// end-to-end test's 3000), whose server processes a scenario kills with SIGKILL and starts again through Aspire.
/// </summary>
public sealed class FaultyPlatform : IAsyncLifetime
{
    private const int PortOffset = 4000;
    private readonly string _data = TestDirectory.Create("send-faults-");
    private static readonly string[] Watched = ["pupil-movements", "inclusion-plans", "messaging", "gateway"];
    private readonly string _logs = Directory.CreateTempSubdirectory("send-faults-logs-").FullName;
    private readonly CancellationTokenSource _stopWatching = new();
    private List<Task> _logWatchers = [];
    private bool _keepLogs;
    private DistributedApplication _app = null!;

    public HttpClient Gateway { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.SendPlatform_AppHost>(
            ["--data", _data, "--port-offset", PortOffset.ToString()]);
        _app = await builder.BuildAsync();
        using var starting = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await _app.StartAsync(starting.Token);
        WatchLogs();
        await _app.ResourceNotifications.WaitForResourceHealthyAsync("gateway", starting.Token);
        Gateway = new HttpClient { BaseAddress = _app.GetEndpoint("gateway", "rest"), Timeout = TimeSpan.FromSeconds(60) };
    }

    public async Task DisposeAsync()
    {
        Gateway.Dispose();
        await _app.DisposeAsync();
        await _stopWatching.CancelAsync();
        await Task.WhenAll(_logWatchers);
        if (!_keepLogs) Directory.Delete(_logs, recursive: true);
        await Eventually.Get(() => Task.FromResult(ServerProcesses("").Concat(ServerProcesses(RedisProcess)).ToList()), left => left.Count == 0,
            "no server left running", TimeSpan.FromSeconds(60));
        Directory.Delete(_data, recursive: true);
    }

    /// <summary>A gateway client holding a development token for the organisation described.</summary>
    public async Task<HttpClient> ClientAsAsync(object organisation)
    {
        var client = new HttpClient { BaseAddress = Gateway.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var token = await client.PostAsJsonAsync("/dev/token", organisation);
        token.EnsureSuccessStatusCode();
        client.DefaultRequestHeaders.Authorization = new("Bearer", (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString());
        return client;
    }

    /// <summary>The platform's RabbitMQ, as an operator reaches it (scripts/replay-errors.sh --amqp).</summary>
    public static string Amqp => $"amqp://guest:guest@127.0.0.1:{15672 + PortOffset}/";

    /// <summary>A service's own /health: services speak HTTP/2 only (h2c), as the gateway calls them.</summary>
    public async Task<string> HealthOfAsync(string service)
    {
        using var http = new HttpClient { BaseAddress = _app.GetEndpoint(service, "http"), DefaultRequestVersion = System.Net.HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };
        // Unhealthy answers 503, with the same one-word body.
        using var response = await http.GetAsync("/health");
        return await response.Content.ReadAsStringAsync();
    }

    private static string EpmdProcess => $"epmd -port {15674 + PortOffset}";

    /// <summary>Redis rewrites its process title to its address, so it is found by its port rather than its data folder.</summary>
    private static string RedisProcess => $"redis-server 127.0.0.1:{16379 + PortOffset}";

    /// <summary>
    /// SIGKILL to a resource's process, as Aspire knows it, and to every process under it (PostgreSQL's backends,
    /// RabbitMQ's Erlang VM below its start script): a crash, not a shutdown.
    /// </summary>
    public async Task KillAsync(string resource)
    {
        var tree = ProcessTree(PidOf(resource));
        foreach (var pid in tree)
        {
            try { Process.GetProcessById(pid).Kill(); }
            catch (ArgumentException) { /* already gone */ }
        }
        await Eventually.Get(() => Task.FromResult(tree.Where(IsAlive).ToList()), left => left.Count == 0, $"{resource}'s processes gone", TimeSpan.FromSeconds(30));
        await Eventually.Get(() => Task.FromResult(StateOf(resource)), state => state != KnownResourceStates.Running,
            $"Aspire to see {resource} exit", TimeSpan.FromSeconds(60));
    }

    /// <summary>Starts a killed resource again, as the dashboard's start button does, and waits until it is healthy.</summary>
    public async Task StartAsync(string resource, params string[] dependencies)
    {
        var commands = _app.Services.GetRequiredService<ResourceCommandService>();
        // A dependency that went down with it (RabbitMQ's epmd was once seen to) is started first, as an operator would.
        foreach (var dependency in dependencies.Where(d => StateOf(d) != KnownResourceStates.Running))
        {
            // Under Aspire.Hosting.Testing, epmd was reported Finished after the broker's SIGKILL while its process
            // still listened (under `dotnet run`, DCP kept it Running); a new one could not bind its port, so the
            // orphan goes first.
            foreach (var orphan in ServerProcesses(EpmdProcess)) Process.GetProcessById(orphan).Kill();
            await StartAsync(dependency);
        }
        var started = await commands.ExecuteCommandAsync(resource, KnownResourceCommands.StartCommand);
        Assert.True(started.Success, started.Message);
        // The command returns before the state changes, and a health report from before the kill may still stand.
        await Eventually.Get(() => Task.FromResult(StateOf(resource)), state => state == KnownResourceStates.Running, $"{resource} running again",
            TimeSpan.FromMinutes(1));
        using var healthy = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await _app.ResourceNotifications.WaitForResourceHealthyAsync(resource, healthy.Token);
    }

    /// <summary>
    /// One service's database refuses every connection and drops the ones it has, as PostgreSQL does for a database
    /// closed for maintenance, while the server and the other services' databases stay up; or opens again.
    /// </summary>
    public async Task SetDatabaseOpenAsync(string database, bool open)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(await _app.GetConnectionStringAsync(database));
        var name = connectionString.Database!;
        connectionString.Database = "postgres";
        connectionString.Pooling = false;
        await using var server = new NpgsqlConnection(connectionString.ConnectionString);
        await server.OpenAsync();
        await using (var alter = new NpgsqlCommand($"ALTER DATABASE \"{name}\" ALLOW_CONNECTIONS {(open ? "true" : "false")}", server)) await alter.ExecuteNonQueryAsync();
        if (open) return;
        await using var terminate = new NpgsqlCommand("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = @name", server);
        terminate.Parameters.AddWithValue("name", name);
        await terminate.ExecuteScalarAsync();
    }

    /// <summary>
    /// The folder holding every line the watched resources have logged since the platform started (restarts
    /// included), kept after the platform stops, so a scenario that fails can say which side stopped. Services log no
    /// pupil-level data.
    /// </summary>
    public string KeepLogs()
    {
        _keepLogs = true;
        return _logs;
    }

    /// <summary>Copies each watched resource's log lines to its file as they come, so they outlive the platform.</summary>
    private void WatchLogs()
    {
        var logs = _app.Services.GetRequiredService<ResourceLoggerService>();
        _logWatchers = Watched.Select(name => Task.Run(async () =>
        {
            await using var file = File.CreateText(Path.Combine(_logs, $"{name}.log"));
            try
            {
                // Aspire keeps a process's lines under its instance's id, and replays the earlier ones to a late watcher.
                Assert.True(_app.ResourceNotifications.TryGetCurrentState(name, out var resource), $"{name} is not in the app model");
                await foreach (var lines in logs.WatchAsync(resource.ResourceId).WithCancellation(_stopWatching.Token))
                {
                    foreach (var line in lines) await file.WriteLineAsync(line.Content);
                    await file.FlushAsync();
                }
            }
            catch (OperationCanceledException)
            {
                // The platform is stopping.
            }
        })).ToList();
    }

    /// <summary>
    /// Where undelivered events wait, for a scenario that fails: a consumer queue's ready messages and consumers as the
    /// broker counts them (messages waiting with no consumer: the consumer's side stopped), and a database's outbox rows
    /// not yet dispatched (the publisher's side stopped).
    /// </summary>
    public async Task<string> DescribeBacklogAsync(string queue, string database)
    {
        var report = new List<string>();
        try
        {
            await using var connection = await new ConnectionFactory { Uri = new Uri(Amqp) }.CreateConnectionAsync();
            await using var channel = await connection.CreateChannelAsync();
            var declared = await channel.QueueDeclarePassiveAsync(queue);
            report.Add($"queue {queue}: {declared.MessageCount} ready, {declared.ConsumerCount} consumers");
        }
        catch (Exception ex)
        {
            report.Add($"queue {queue}: not counted ({ex.Message})");
        }
        await using var db = new NpgsqlConnection(await _app.GetConnectionStringAsync(database));
        await db.OpenAsync();
        await using var outbox = new NpgsqlCommand(
            """SELECT count(*), coalesce(max("Attempts"), 0), max("LastError") FROM outbox_messages WHERE "DispatchedAt" IS NULL""", db);
        await using var row = await outbox.ExecuteReaderAsync();
        await row.ReadAsync();
        report.Add($"{database} outbox: {row.GetInt64(0)} undispatched, at most {row.GetInt32(1)} attempts, last error {(row.IsDBNull(2) ? "none" : row.GetString(2))}");
        return string.Join("; ", report);
    }

    private string? StateOf(string resource) =>
        _app.ResourceNotifications.TryGetCurrentState(resource, out var resourceEvent) ? resourceEvent.Snapshot.State?.Text : null;

    private int PidOf(string resource)
    {
        Assert.True(_app.ResourceNotifications.TryGetCurrentState(resource, out var resourceEvent), $"{resource} is not in the app model");
        var pid = resourceEvent.Snapshot.Properties.SingleOrDefault(p => p.Name == "executable.pid")?.Value;
        Assert.NotNull(pid);
        return Convert.ToInt32(pid, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static bool IsAlive(int pid) => Directory.Exists($"/proc/{pid}");

    /// <summary>The process and its descendants, found by each process's parent in /proc/[pid]/stat.</summary>
    private static List<int> ProcessTree(int root)
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                // "pid (command) state ppid ...": the command may hold spaces and brackets, so read after the last ')'.
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                parents[pid] = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // Gone while listing.
            }
        }
        var tree = new List<int> { root };
        for (var i = 0; i < tree.Count; i++) tree.AddRange(parents.Where(p => p.Value == tree[i]).Select(p => p.Key));
        return tree;
    }

    private List<int> ServerProcesses(string program)
    {
        var found = new List<int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                var commandLine = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ');
                if (commandLine.Contains(program) && (commandLine.Contains(_data) || program == RedisProcess || program == EpmdProcess)) found.Add(pid);
            }
            catch (IOException)
            {
                // Gone while listing.
            }
        }
        return found;
    }
}
