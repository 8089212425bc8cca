using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace SendPlatform.ServiceDefaults.Database;

/// <summary>
/// Create once per idempotency key: a repeat answers with what the key first created. The key is looked up first, so
/// a retry costs one read; otherwise the creation runs, and when another request with the same key commits first,
/// the key's unique index refuses this one, its tracked changes are dropped, and the first result is read back.
/// </summary>
public static class CreateOnce
{
    /// <param name="first">Finds what the caller created under a key (scoped to the caller by the use case).</param>
    /// <param name="create">Checks the rules, adds and saves; runs only when the key is new or absent.</param>
    public static async Task<T> CreateOnceAsync<T>(this DbContext db, string? key, Func<string, CancellationToken, Task<T?>> first,
        Func<CancellationToken, Task<T>> create, CancellationToken cancellationToken) where T : class
    {
        if (key is not null && await first(key, cancellationToken) is { } repeat) return repeat;
        try
        {
            return await create(cancellationToken);
        }
        catch (Exception ex) when (key is not null && ex switch
        {
            DbUpdateException save => save.IsUniqueViolation(),
            // A use case that writes its rows without EF Core (one round trip) meets the index in PostgreSQL's own error.
            PostgresException statement => statement.IsUniqueViolation(),
            _ => false,
        })
        {
            db.ChangeTracker.Clear();
            // Another unique index than the key's refused it: that is the creation's own failure.
            return await first(key, cancellationToken) ?? throw new InvalidOperationException("A unique index other than the idempotency key's refused the creation.", ex);
        }
    }
}
