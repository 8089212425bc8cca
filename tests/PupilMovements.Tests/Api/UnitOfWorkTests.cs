using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SendPlatform.PupilMovements.Data;
using SendPlatform.PupilMovements.Domain;
using SendPlatform.ServiceDefaults.Database;

namespace SendPlatform.PupilMovements.Tests.Api;

/// <summary>
/// How every service's unit of work meets PostgreSQL (ServiceDefaults), held here on a real database: a save inside
/// a transaction writes in the transaction itself, with no savepoint, pooled connections skip the reset, and a
/// statement a connection runs often is prepared on it.
/// </summary>
public sealed class UnitOfWorkTests(MovementsService service) : IClassFixture<MovementsService>
{
    [Fact]
    public async Task A_save_inside_a_unit_of_work_writes_under_the_transactions_own_id_not_a_savepoints()
    {
        using var scope = service.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MovementsDbContext>();
        var (transaction, row) = await db.InTransactionAsync(async ct =>
        {
            var top = await db.Database.SqlQuery<long>($"""SELECT txid_current() % 4294967296 AS "Value" """).SingleAsync(ct);
            db.Settings.Add(RegisteredSetting.For("390001", "931", "MAINSTREAM", DateTimeOffset.UtcNow));
            await db.SaveChangesAsync(ct);
            // A row written under a savepoint carries the subtransaction's id instead.
            var xmin = await db.Database.SqlQuery<long>($"""SELECT xmin::text::bigint AS "Value" FROM settings WHERE "Urn" = '390001'""").SingleAsync(ct);
            return (top, xmin);
        }, CancellationToken.None);
        Assert.Equal(transaction, row);
    }

    [Fact]
    public async Task A_failed_save_ends_the_unit_of_work_and_keeps_nothing_of_it()
    {
        using var scope = service.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MovementsDbContext>();
        await Assert.ThrowsAsync<DbUpdateException>(() => db.InTransactionAsync(async ct =>
        {
            db.Settings.Add(RegisteredSetting.For("390002", "931", "MAINSTREAM", DateTimeOffset.UtcNow));
            await db.SaveChangesAsync(ct);
            await db.Database.ExecuteSqlAsync($"""INSERT INTO settings ("Urn", "LaCode", "ProvisionType", "UpdatedAt") VALUES ('390003', '931', 'AP', now())""", ct);
            db.Settings.Add(RegisteredSetting.For("390003", "932", "MAINSTREAM", DateTimeOffset.UtcNow));
            await db.SaveChangesAsync(ct);
        }, CancellationToken.None));
        db.ChangeTracker.Clear();
        Assert.False(await db.Settings.AnyAsync(s => s.Urn == "390002" || s.Urn == "390003"));
    }

    [Fact]
    public void Pooled_connections_are_not_reset_on_their_way_back()
    {
        using var scope = service.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MovementsDbContext>();
        Assert.True(new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()).NoResetOnClose);
    }

    [Fact]
    public async Task A_statement_a_connection_runs_often_is_prepared_on_it()
    {
        using var scope = service.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MovementsDbContext>();
        // Held open, so the reads and the check share one session, whose prepared statements the check reads.
        await db.Database.OpenConnectionAsync();
        const string marker = "prepared-check";
        for (var i = 0; i < 6; i++) await db.Settings.AnyAsync(s => s.LaCode == marker && s.Urn == i.ToString());
        var prepared = await db.Database.SqlQuery<int>(
            $"""SELECT count(*)::int AS "Value" FROM pg_prepared_statements WHERE statement LIKE '%prepared-check%' AND NOT from_sql""").SingleAsync();
        Assert.Equal(1, prepared);
    }
}
