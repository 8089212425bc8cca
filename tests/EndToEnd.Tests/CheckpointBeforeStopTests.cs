using Aspire.Hosting.Testing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using SendPlatform.AppHost.LocalServers;
using SendPlatform.TestKit;
using SendPlatform.TestKit.Servers;

namespace SendPlatform.EndToEnd.Tests;

/// <summary>
/// AppHost has PostgreSQL checkpoint as the platform begins to stop, so the shutdown DCP allows 6 s for has little
/// left to write. A server of the test's own: the checkpoint counter and the last checkpoint's position are its alone.
/// </summary>
public sealed class CheckpointBeforeStopTests : IAsyncLifetime
{
    private readonly PostgresServer _server = new(TestDirectory.Create("send-checkpoint-"), FreePort.Next());

    public Task InitializeAsync() => _server.StartAsync(CancellationToken.None);

    public async Task DisposeAsync()
    {
        await _server.StopAsync();
        Directory.Delete(_server.DataDirectory, recursive: true);
    }

    [Fact]
    public async Task Stopping_checkpoints_past_the_last_write()
    {
        await using var source = NpgsqlDataSource.Create(_server.ConnectionString("postgres"));
        await source.CreateCommand("CREATE TABLE written AS SELECT n, repeat('x', 200) AS filler FROM generate_series(1, 20000) AS n").ExecuteNonQueryAsync();
        var lastWrite = (string)(await source.CreateCommand("SELECT pg_current_wal_insert_lsn()::text").ExecuteScalarAsync())!;
        var requested = (long)(await source.CreateCommand("SELECT checkpoints_req FROM pg_stat_bgwriter").ExecuteScalarAsync())!;

        await new CheckpointBeforeStop(_server.ConnectionString("postgres"), NullLogger<CheckpointBeforeStop>.Instance).StoppingAsync(CancellationToken.None);

        await using var covered = source.CreateCommand("SELECT redo_lsn >= $1::pg_lsn FROM pg_control_checkpoint()");
        covered.Parameters.Add(new NpgsqlParameter { Value = lastWrite });
        Assert.True((bool)(await covered.ExecuteScalarAsync())!, "the last checkpoint begins after the table was written");
        // Statistics are cached per transaction; each statement here is its own, so this reads the count afresh.
        Assert.Equal(requested + 1, (long)(await source.CreateCommand("SELECT checkpoints_req FROM pg_stat_bgwriter").ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task The_app_host_runs_it_for_its_PostgreSQL()
    {
        var data = TestDirectory.Create("send-checkpoint-apphost-");
        try
        {
            var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.SendPlatform_AppHost>(["--data", data]);
            await using var app = await builder.BuildAsync();

            // The AppHost's own hosted services only: resolving Aspire's would set up its orchestrator (30 s to dispose).
            var own = builder.Services
                .Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationFactory?.Method.DeclaringType?.Assembly == typeof(CheckpointBeforeStop).Assembly)
                .Select(d => d.ImplementationFactory!(app.Services));
            Assert.IsType<CheckpointBeforeStop>(Assert.Single(own));
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task A_server_already_gone_leaves_the_stop_to_go_on()
    {
        var nothingListening = new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = FreePort.Next(), Username = "postgres", Timeout = 3 };

        var thrown = await Record.ExceptionAsync(() =>
            new CheckpointBeforeStop(nothingListening.ConnectionString, NullLogger<CheckpointBeforeStop>.Instance).StoppingAsync(CancellationToken.None));

        Assert.Null(thrown);
    }
}
