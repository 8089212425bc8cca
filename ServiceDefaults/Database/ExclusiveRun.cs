using Microsoft.EntityFrameworkCore;

namespace SendPlatform.ServiceDefaults.Database;

/// <summary>
/// Scheduled work that one replica should do at a time: whoever takes a session lock on the name runs it, holding the
/// lock on one connection for the duration; the others skip this round. If the holder dies its connection closes and
/// PostgreSQL releases the lock, so the next round runs elsewhere.
/// </summary>
public static class ExclusiveRun
{
    /// <summary>The work's result, or default when another replica is already running it.</summary>
    public static async Task<T?> RunAloneAsync<T>(this DbContext db, string name, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var taken = await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_lock(hashtext({name})) AS \"Value\"").SingleAsync(cancellationToken);
            if (!taken) return default;
            try
            {
                return await work();
            }
            finally
            {
                await db.Database.SqlQuery<bool>($"SELECT pg_advisory_unlock(hashtext({name})) AS \"Value\"").SingleAsync(CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
