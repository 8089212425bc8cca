using Microsoft.EntityFrameworkCore;

namespace SendPlatform.ServiceDefaults.Retention;

/// <summary>One kind of record a service keeps no longer than it needs, purged by RetentionPurge.</summary>
public interface IRetentionRule<in TContext> where TContext : DbContext
{
    /// <summary>What is purged, for the purge's log and metrics (never a record's content).</summary>
    string Name { get; }

    /// <summary>Deletes (or strips the personal fields of) what is past its period at now; returns how many rows.</summary>
    Task<int> PurgeAsync(TContext db, DateTimeOffset now, CancellationToken cancellationToken);
}
