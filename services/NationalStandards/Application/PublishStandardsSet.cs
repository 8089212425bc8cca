using Microsoft.EntityFrameworkCore;
using SendPlatform.NationalStandards.Data;
using SendPlatform.NationalStandards.Domain.Standards;
using SendPlatform.NationalStandards.Events;
using SendPlatform.ServiceDefaults.Caching;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.NationalStandards.Application;

/// <summary>
/// DfE bringing a draft into force: under one lock across replicas, the set in force is superseded, the draft
/// published and StandardsPublished written to the outbox, all in one commit. The cached set in force is dropped after.
/// </summary>
public sealed class PublishStandardsSet(StandardsDbContext db, ReferenceCatalogueStore catalogueStore, CacheAside cache, TimeProvider clock)
{
    private const string PublishLock = "standards-publish";

    public async Task<StandardsSet> PublishAsync(CallerOrganisation caller, StandardsVersion version, CancellationToken cancellationToken)
    {
        caller.Require(OrganisationType.Dfe, "publish national standards");
        var catalogue = await catalogueStore.GetAsync(cancellationToken);
        var published = await db.InTransactionAsync(async ct =>
        {
            await db.Database.LockAsync(PublishLock, ct);
            var set = await db.StandardsSets.SingleOrDefaultAsync(s => s.Version == version.ToString(), ct)
                ?? throw new NotFoundException("Standards set", version.ToString());
            var inForce = await db.StandardsSets.SingleOrDefaultAsync(s => s.Status == StandardsSetStatus.Published, ct);
            set.Publish(inForce, catalogue, caller.OrgId, clock.GetStorageNow());
            db.EnqueueIntegrationEvent(StandardsPublishedEvent.From(set, inForce));
            await db.SaveChangesAsync(ct);
            return set;
        }, cancellationToken);
        await cache.RemoveAsync(StandardsCacheKeys.CurrentSet);
        return published;
    }
}
