using Microsoft.EntityFrameworkCore;
using SendPlatform.ApCommissioning.Data;
using SendPlatform.ApCommissioning.Domain.Placements;
using SendPlatform.ApCommissioning.Events;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.ApCommissioning.Application;

/// <summary>
/// The commissioning LA placing a pupil in one of its commissioned places. Placements at one provider take turns on
/// the provider's lock, so neither a place nor the unregistered-provider limit can be taken twice at once; the
/// placement and ApPlacementStarted commit together. A repeated idempotency key answers with the first placement.
/// </summary>
public sealed class PlacePupil(ApDbContext db, TimeProvider clock)
{
    public async Task<ApPlacement> PlaceAsync(CallerOrganisation caller, string? key, PlacementRequest placement, CancellationToken cancellationToken)
    {
        var commission = await db.Commissions.AsNoTracking().SingleOrDefaultAsync(c => c.Id == placement.CommissionId, cancellationToken)
            ?? throw new NotFoundException("AP commission", placement.CommissionId.ToString());
        caller.RequireLocalAuthorityOf(commission.LaCode, "place pupils in its commissioned places");
        return await db.CreateOnceAsync(key, (k, ct) => db.Placements.AsNoTracking().SingleOrDefaultAsync(p => p.PlacedBy == caller.OrgId && p.IdempotencyKey == k, ct),
            async ct =>
            {
                var v = new Violations();
                PlacementRules.CheckTier(commission.Tier, placement, v);
                v.ThrowIfAny();
                PlacementRules.CheckCommission(commission, placement);
                var provider = await db.Providers.AsNoTracking().SingleAsync(p => p.Id == commission.ProviderId, ct);
                ApPlacement? created = null;
                await db.InProviderTransactionAsync(provider.Id, async tx =>
                {
                    var open = await db.Placements.AsNoTracking()
                        .Where(p => p.ProviderId == provider.Id && (p.EndDate == null || p.EndDate >= placement.Start)).ToListAsync(tx);
                    var fullTimeOfCompulsoryAge = open.Count(p => p.FullTime && CompulsorySchoolAge.On(p.Pupil.DateOfBirth, placement.Start));
                    PlacementRules.CheckUnregistered(provider, placement, fullTimeOfCompulsoryAge);
                    var place = PlacementRules.FreePlace(commission, open.Where(p => p.CommissionId == commission.Id).Select(p => p.PlaceNumber));
                    var now = clock.GetStorageNow();
                    created = ApPlacement.Place(placement, commission, place, caller.OrgId, key, now);
                    db.Placements.Add(created);
                    db.EnqueueIntegrationEvent(ApPlacementEvents.Started(created, provider.Urn, now));
                    await db.SaveChangesAsync(tx);
                }, ct);
                return created!;
            }, cancellationToken);
    }
}
