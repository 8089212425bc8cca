using Microsoft.EntityFrameworkCore;
using SendPlatform.ApCommissioning.Data;
using SendPlatform.ApCommissioning.Domain.Placements;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ApCommissioning.Events;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.ApCommissioning.Application;

/// <summary>
/// The commissioning LA ending a placement with its outcome, under the provider's lock; the end and
/// ApPlacementEnded commit together. Ending it again changes nothing and publishes nothing.
/// </summary>
public sealed class EndPlacement(ApDbContext db, TimeProvider clock)
{
    public async Task<ApPlacement> EndAsync(CallerOrganisation caller, Guid placementId, PlacementEnding ending, CancellationToken cancellationToken)
    {
        var existing = await db.Placements.AsNoTracking().SingleOrDefaultAsync(p => p.Id == placementId, cancellationToken)
            ?? throw new NotFoundException("AP placement", placementId.ToString());
        caller.RequireLocalAuthorityOf(existing.LaCode, "end this placement");
        if (ending.Date < existing.Start)
            throw new DomainRuleException("A placement cannot end before it started.", [new FieldViolation("end_date", $"the placement started on {existing.Start:yyyy-MM-dd}")]);
        var provider = await db.Providers.AsNoTracking().SingleAsync(p => p.Id == existing.ProviderId, cancellationToken);

        ApPlacement? ended = null;
        await db.InProviderTransactionAsync(provider.Id, async ct =>
        {
            ended = await db.Placements.SingleAsync(p => p.Id == existing.Id, ct);
            if (!ended.End(ending.Date, ending.Outcome, ending.DestinationUrn, ending.Reason)) return;
            db.EnqueueIntegrationEvent(ApPlacementEvents.Ended(ended, provider.Urn, clock.GetStorageNow()));
            await db.SaveChangesAsync(ct);
        }, cancellationToken);
        return ended!;
    }
}
