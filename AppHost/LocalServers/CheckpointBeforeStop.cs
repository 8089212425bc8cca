using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace SendPlatform.AppHost.LocalServers;

/// <summary>
/// Has PostgreSQL write what is dirty in its buffers (CHECKPOINT) when the app host begins to stop, before Aspire's
/// orchestrator stops the resources. DCP kills an executable 6 s after its SIGTERM, and the fast shutdown that signal
/// starts (LocalPostgresExtensions) ends with a checkpoint of everything a run left dirty: up to the whole buffer
/// cache, which after a heavy benchmark came near those 6 s. Checkpointed first, the shutdown writes only what
/// changed in between (bench/RESULTS.md). It runs in StoppingAsync, which the host calls for
/// every service before any StopAsync, the orchestrator's included. A server already gone (killed by a fault test)
/// or not answering in time leaves the stop as it was: logged, never thrown.
/// </summary>
public sealed class CheckpointBeforeStop(string connectionString, ILogger<CheckpointBeforeStop> logger) : IHostedLifecycleService
{
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        var elapsed = Stopwatch.StartNew();
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var checkpoint = new NpgsqlCommand("CHECKPOINT", connection) { CommandTimeout = 20 };
            await checkpoint.ExecuteNonQueryAsync(cancellationToken);
            logger.LogInformation("PostgreSQL checkpointed before the platform stops, in {Milliseconds} ms", elapsed.ElapsedMilliseconds);
        }
        catch (Exception e) when (e is NpgsqlException or OperationCanceledException or TimeoutException)
        {
            logger.LogWarning("PostgreSQL could not checkpoint before the platform stops ({Reason}); its shutdown will", e.Message);
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
