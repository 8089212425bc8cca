using Microsoft.EntityFrameworkCore;
using SendPlatform.NationalStandards.Data;
using SendPlatform.NationalStandards.Domain.Standards;
using SendPlatform.ServiceDefaults.Caching;
using Proto = SendPlatform.Contracts.Standards.V1;

namespace SendPlatform.NationalStandards.Api;

/// <summary>The set in force, read through the cache; publishing removes the cached copy.</summary>
public sealed class CurrentStandardsReader(StandardsDbContext db, CacheAside cache)
{
    public Task<Proto.StandardsSet> GetAsync(CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync(StandardsCacheKeys.CurrentSet, async ct =>
        {
            var set = await db.StandardsSets.AsNoTracking().SingleOrDefaultAsync(s => s.Status == StandardsSetStatus.Published, ct)
                ?? throw new NotFoundException("Standards set in force", "current");
            return set.ToProto();
        }, cancellationToken);

    /// <summary>The set in force, or null when none has been published yet.</summary>
    public async Task<Proto.StandardsSet?> FindAsync(CancellationToken cancellationToken)
    {
        try { return await GetAsync(cancellationToken); }
        catch (NotFoundException) { return null; }
    }
}
