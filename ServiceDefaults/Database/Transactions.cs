using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace SendPlatform.ServiceDefaults.Database;

/// <summary>
/// The one way services run a unit of work: inside the retrying execution strategy (a user transaction is allowed
/// only there), with tracked state cleared on each attempt so a retry starts from the database, committed at the end.
/// SaveChanges inside it takes no savepoint: a failed save ends the whole unit of work (callers catch it outside,
/// where the transaction is already rolled back), so EF's automatic savepoint would only cost two more statements
/// and a subtransaction in PostgreSQL on every save.
/// </summary>
public static class Transactions
{
    public static Task<T> InTransactionAsync<T>(this DbContext db, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            db.Database.AutoSavepointsEnabled = false;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var result = await work(ct);
            await transaction.CommitAsync(ct);
            return result;
        }, cancellationToken);

    public static Task InTransactionAsync(this DbContext db, Func<CancellationToken, Task> work, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async ct =>
        {
            await work(ct);
            return true;
        }, cancellationToken);

    /// <summary>
    /// Waits for, then holds until the transaction ends, a lock on a name (e.g. "ap-budget:931"), so work on one thing
    /// takes turns across requests and replicas. Names are hashed to PostgreSQL's lock keys; a collision only makes
    /// two unrelated things take turns.
    /// </summary>
    public static Task LockAsync(this DatabaseFacade database, string name, CancellationToken cancellationToken) =>
        database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({name}))", cancellationToken);

    /// <summary>
    /// Locks several names at once, in the order given, in one round trip: callers that lock overlapping sets in one
    /// agreed order (e.g. sorted) wait for each other rather than deadlock.
    /// </summary>
    public static Task LockAllAsync(this DatabaseFacade database, string[] names, CancellationToken cancellationToken) =>
        database.ExecuteSqlRawAsync(LockAllSql("{0}"), [names], cancellationToken);

    /// <summary>
    /// The same locks as the first command of a batch, for a use case that reads what they guard in the same round
    /// trip: PostgreSQL runs a batch's statements one after another, and under READ COMMITTED each later statement
    /// takes its snapshot once the locks are held, so it sees everything their last holder committed.
    /// </summary>
    public static NpgsqlBatchCommand LockAll(string[] names) => new(LockAllSql("$1")) { Parameters = { new NpgsqlParameter { Value = names } } };

    /// <summary>
    /// An empty batch on the unit of work's connection and transaction, for statements a use case writes by hand so
    /// that several go in one round trip (EF Core sends each of its own queries alone).
    /// </summary>
    public static NpgsqlBatch BatchInTransaction(this DatabaseFacade database) =>
        Batch(database, CurrentTransaction(database) ?? throw new InvalidOperationException("The batch belongs inside a unit of work (InTransactionAsync)."));

    /// <summary>
    /// Statements a use case writes by hand, run in one round trip: in the unit of work's transaction if there is one,
    /// else as one implicit transaction (PostgreSQL commits a batch sent with one Sync whole or not at all), which
    /// spares the COMMIT's round trip of a transaction opened for them alone.
    /// </summary>
    public static async Task ExecuteBatchAsync(this DatabaseFacade database, IEnumerable<NpgsqlBatchCommand> commands, CancellationToken cancellationToken)
    {
        await database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var batch = Batch(database, CurrentTransaction(database));
            foreach (var command in commands) batch.BatchCommands.Add(command);
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            await database.CloseConnectionAsync();
        }
    }

    private static NpgsqlBatch Batch(DatabaseFacade database, NpgsqlTransaction? transaction) => new((NpgsqlConnection)database.GetDbConnection(), transaction);

    private static NpgsqlTransaction? CurrentTransaction(DatabaseFacade database) => (NpgsqlTransaction?)database.CurrentTransaction?.GetDbTransaction();

    private static string LockAllSql(string names) => $"SELECT pg_advisory_xact_lock(hashtext(u)) FROM unnest({names}) WITH ORDINALITY AS t(u, n) ORDER BY n";

    /// <summary>Whether a save failed on a unique index (optionally a named one): the row it would add is already there.</summary>
    public static bool IsUniqueViolation(this DbUpdateException exception, string? index = null) =>
        exception.InnerException is PostgresException unique && unique.IsUniqueViolation(index);

    /// <summary>The same, for a statement written without EF.</summary>
    public static bool IsUniqueViolation(this PostgresException exception, string? index = null) =>
        exception.SqlState == PostgresErrorCodes.UniqueViolation && (index is null || exception.ConstraintName == index);
}
