using Microsoft.EntityFrameworkCore;
using SendPlatform.ApCommissioning.Data;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.ApCommissioning.Events;

/// <summary>
/// A pupil deleted from an AP provider's roll while their placement there is open flags the placement for the LA
/// to review: the placement says the pupil is there, the provider's register says not.
/// </summary>
public sealed class PupilMovedConsumer(ApDbContext db, TimeProvider clock) : IdempotentConsumer<PupilMoved, ApDbContext>(db)
{
    protected override async Task HandleAsync(PupilMoved e, CancellationToken cancellationToken)
    {
        if (e.Type != "Deletion" || e.FromUrn is null) return;
        var open = await Db.Placements
            .Where(p => p.Pupil.Upn == e.Upn && p.EndDate == null && p.Start <= e.EffectiveDate
                && Db.Providers.Any(provider => provider.Id == p.ProviderId && provider.Urn == e.FromUrn))
            .ToListAsync(cancellationToken);
        foreach (var placement in open)
            placement.FlagForReview($"Deleted from {e.FromUrn}'s roll on {e.EffectiveDate:yyyy-MM-dd} while the placement is open.", clock.GetStorageNow());
    }
}
