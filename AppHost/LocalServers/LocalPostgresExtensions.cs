using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace SendPlatform.AppHost.LocalServers;

public static class LocalPostgresExtensions
{
    /// <summary>PostgreSQL on 127.0.0.1:<paramref name="port"/> (plus the run's offset), its cluster under the run's data directory.</summary>
    public static IResourceBuilder<LocalPostgresResource> AddLocalPostgres(this IDistributedApplicationBuilder builder, string name, LocalRun run, int port = 15432)
    {
        port = run.Port(port);
        var dataDirectory = run.DataFor(name);
        Directory.CreateDirectory(dataDirectory);
        var postgres = DebianBinaries.Postgres("postgres");
        var resource = new LocalPostgresResource(name, "/bin/sh", dataDirectory, port);
        var serverConnection = ConnectionString(port, "postgres");
        builder.Services.AddHealthChecks().AddNpgSql(serverConnection, name: $"{name}-accepts-connections");
        builder.Services.AddHostedService(services => ActivatorUtilities.CreateInstance<CheckpointBeforeStop>(services, serverConnection));
        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(resource, (_, ct) => InitialiseClusterAsync(resource, ct));
        builder.Eventing.Subscribe<ResourceReadyEvent>(resource, (e, ct) =>
            CreateDatabasesAsync(resource, e.Services.GetRequiredService<ResourceNotificationService>(), ct));

        string[] server = ["-c", FastShutdown, name, .. Commands.IsRoot ? ["/usr/bin/setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups"] : Array.Empty<string>(),
            postgres, "-D", dataDirectory, "-p", port.ToString(), "-k", dataDirectory,
            "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=300", "-c", "fsync=on"];
        return builder.AddResource(resource)
            .WithArgs(server)
            .WithEndpoint(port: port, targetPort: port, scheme: "tcp", name: "tcp", isProxied: false)
            .WithHealthCheck($"{name}-accepts-connections");
    }

    /// <summary>
    /// Runs the server (its command line in the arguments) and turns DCP's SIGTERM into PostgreSQL's fast shutdown
    /// (SIGINT): on SIGTERM it waits for every session to end, the services' included, which stop at the same moment;
    /// DCP kills what is still running 6 s after its SIGTERM, so the server died before its shutdown checkpoint, the
    /// next start recovered from a crash, and each run left its shared memory behind in /dev/shm. The loop waits
    /// again after the signal, until the server has exited, and exits with its status. It relies on the postmaster
    /// installing its own SIGINT handler: a non-interactive shell starts a background command with SIGINT ignored, and
    /// a program that keeps that (sleep, tried) would never see the signal. Aspire 13.6 offers no stop signal to set
    /// on an executable, so the shell is the one place to choose it.
    /// </summary>
    private const string FastShutdown = """
        "$@" & server=$!
        trap 'kill -INT $server' TERM INT
        status=0
        while kill -0 $server 2>/dev/null; do wait $server; status=$?; done
        exit $status
        """;

    /// <summary>A database the service owning it migrates; healthy once it exists and answers.</summary>
    public static IResourceBuilder<LocalPostgresDatabaseResource> AddDatabase(this IResourceBuilder<LocalPostgresResource> server, string name)
    {
        var database = new LocalPostgresDatabaseResource(name, server.Resource);
        server.Resource.Databases.Add(database);
        server.ApplicationBuilder.Services.AddHealthChecks().AddNpgSql(ConnectionString(server.Resource.Port, name), name: $"{name}-accepts-connections");
        return server.ApplicationBuilder.AddResource(database)
            .WithInitialState(new() { ResourceType = "PostgresDatabase", State = KnownResourceStates.NotStarted, Properties = [] })
            .WithHealthCheck($"{name}-accepts-connections");
    }

    private static string ConnectionString(int port, string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Username = "postgres", Database = database, Timeout = 3 }.ConnectionString;

    private static async Task InitialiseClusterAsync(LocalPostgresResource server, CancellationToken cancellationToken)
    {
        var owner = Commands.IsRoot ? "postgres" : null;
        if (owner is not null) await Commands.RunAsync("chown", ["-R", "postgres:postgres", server.DataDirectory], cancellationToken);
        if (!File.Exists(Path.Combine(server.DataDirectory, "PG_VERSION")))
        {
            await Commands.RunAsync(DebianBinaries.Postgres("initdb"),
                ["-D", server.DataDirectory, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-locale"], cancellationToken, owner);
        }
        // A server a killed run left behind would hold the directory.
        await Commands.RunAsync(DebianBinaries.Postgres("pg_ctl"), ["-D", server.DataDirectory, "-m", "fast", "-w", "stop"], cancellationToken, owner, allowFailure: true);
    }

    /// <summary>Aspire tracks only what DCP runs; a database is this code's to create and to report as running.</summary>
    private static async Task CreateDatabasesAsync(LocalPostgresResource server, ResourceNotificationService notifications, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString(server.Port, "postgres"));
        await connection.OpenAsync(cancellationToken);
        foreach (var database in server.Databases)
        {
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection) { Parameters = { new() { Value = database.Name } } };
            if (await exists.ExecuteScalarAsync(cancellationToken) is null)
            {
                // Names come from Program.cs, not from users; quoting keeps them exact.
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Name}\"", connection);
                await create.ExecuteNonQueryAsync(cancellationToken);
            }
            await notifications.PublishUpdateAsync(database, s => s with { State = KnownResourceStates.Running, StartTimeStamp = DateTime.UtcNow });
        }
    }
}
