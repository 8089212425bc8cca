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

    /// <summary>RabbitMQ uses its port and the two above it (distribution, epmd).</summary>
    private static int FreePortBlock()
    {
        while (true)
        {
            var port = FreePort.Next();
            if (port < 65000 && !FreePort.IsOpenAsync(port + 1, CancellationToken.None).GetAwaiter().GetResult()
                             && !FreePort.IsOpenAsync(port + 2, CancellationToken.None).GetAwaiter().GetResult())
                return port;
        }
    }
}
