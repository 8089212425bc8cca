using SendPlatform.TestKit.Servers;

namespace SendPlatform.TestKit;

/// <summary>
/// PostgreSQL, RabbitMQ and Redis for one test run (one test assembly's process), started once on free ports in a
/// temporary folder, and removed by a watchdog when the process ends. A missing binary fails the run: nothing is skipped.
/// </summary>
public sealed class PlatformInfrastructure
{
    private static readonly Lazy<Task<PlatformInfrastructure>> Instance = new(StartAsync);

    private PlatformInfrastructure(string root)
    {
        Root = root;
        Postgres = new PostgresServer(Path.Combine(root, "postgres"), FreePort.Next());
        RabbitMq = new RabbitMqServer(Path.Combine(root, "rabbitmq"), FreePortBlock());
        Redis = new RedisServer(Path.Combine(root, "redis"), FreePort.Next());
    }

    public string Root { get; }

    public PostgresServer Postgres { get; }

    public RabbitMqServer RabbitMq { get; }

    public RedisServer Redis { get; }

    public static Task<PlatformInfrastructure> GetAsync() => Instance.Value;

    private static async Task<PlatformInfrastructure> StartAsync()
    {
        var root = TestDirectory.Create("send-tests-");
        var infrastructure = new PlatformInfrastructure(root);
        // Longer than any one server's own wait (RabbitMQ's is the longest), so that wait, not this, says which server was slow.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await Task.WhenAll(
                infrastructure.Postgres.StartAsync(timeout.Token),
                infrastructure.RabbitMq.StartAsync(timeout.Token),
                infrastructure.Redis.StartAsync(timeout.Token));
        }
        finally
        {
            CleanupWatchdog.Start(infrastructure);
        }
        return infrastructure;
    }

    /// <summary>
    /// RabbitMQ uses its port and the two above it (distribution, epmd). They are taken below the kernel's ephemeral
    /// range: there, a port free when checked could become an outgoing connection's local port before the broker binds
    /// it (a gate failed on `dist_port_already_used ... not_erlang`). Each is checked by binding it.
    /// </summary>
    private static int FreePortBlock()
    {
        var ephemeralFrom = EphemeralRangeStart();
        while (true)
        {
            var port = Random.Shared.Next(Math.Max(1024, ephemeralFrom - 12000), ephemeralFrom - 3);
            if (FreePort.CanBind(port) && FreePort.CanBind(port + 1) && FreePort.CanBind(port + 2)) return port;
        }
    }

    private static int EphemeralRangeStart()
    {
        try { return int.Parse(File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range").Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries)[0]); }
        catch (IOException) { return 32768; }
    }
}
