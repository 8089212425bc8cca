using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SendPlatform.PupilMovements.Events;

namespace SendPlatform.PupilMovements.Tests.Api;

public sealed class SweepLockTests(OversightService service) : IClassFixture<OversightService>
{
    [Fact]
    public async Task The_scheduled_sweep_runs_on_one_replica_at_a_time()
    {
        var sweep = service.Factory.Services.GetRequiredService<OversightSweep>();
        var now = new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
        await using var otherReplica = new NpgsqlConnection(service.Factory.DatabaseConnectionString);
        await otherReplica.OpenAsync();
        async Task OtherReplicaAsync(string sql)
        {
            await using var command = new NpgsqlCommand(sql, otherReplica);
            command.Parameters.AddWithValue("name", OversightSweep.LockName);
            await command.ExecuteScalarAsync();
        }

        await OtherReplicaAsync("SELECT pg_advisory_lock(hashtext(@name))");
        Assert.Null(await sweep.RunAloneAsync(now, CancellationToken.None));

        await OtherReplicaAsync("SELECT pg_advisory_unlock(hashtext(@name))");
        Assert.NotNull(await sweep.RunAloneAsync(now, CancellationToken.None));
        // It let go when done: the other replica can take it again.
        await using var check = new NpgsqlCommand("SELECT pg_try_advisory_lock(hashtext(@name))", otherReplica);
        check.Parameters.AddWithValue("name", OversightSweep.LockName);
        Assert.True((bool)(await check.ExecuteScalarAsync())!);
    }
}
