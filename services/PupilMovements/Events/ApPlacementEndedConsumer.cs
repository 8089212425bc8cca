using Microsoft.EntityFrameworkCore;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.PupilMovements.Application;
using SendPlatform.PupilMovements.Data;
using SendPlatform.PupilMovements.Domain;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.PupilMovements.Events;

/// <summary>
/// Closes the tracked placement and records the out-of-AP movement unless already notified. The end event carries
/// no pupil facts, so the movement takes them from the pupil's latest recorded movement.
/// </summary>
public sealed class ApPlacementEndedConsumer(MovementsDbContext db, RecordMovements movements)
    : IdempotentConsumer<ApPlacementEnded, MovementsDbContext>(db)
{
    protected override async Task HandleAsync(ApPlacementEnded e, CancellationToken cancellationToken)
    {
        // Its start travels on another queue and may not have arrived yet: failing hands the event back for a retry.
        var placement = await Db.ApPlacements.FindAsync([e.PlacementId], cancellationToken)
            ?? throw new InvalidOperationException($"AP placement {e.PlacementId} has not started here yet.");
        if (placement.EndedOn is not null) return;
        placement.End(e.EndDate, e.Outcome);
        if (!ApPlacement.MovesThePupil(e.Tier, e.ProviderUrn)
            || await Db.Movements.AlreadyRecordedAsync(e.Upn, MovementType.OutOfAp, e.ProviderUrn!, e.EndDate, cancellationToken)) return;

        var latest = await Db.Movements.AsNoTracking().Where(m => m.Upn == e.Upn)
            .OrderByDescending(m => m.EffectiveDate).ThenByDescending(m => m.Sequence).FirstOrDefaultAsync(cancellationToken);
        if (latest is null) return;
        var notification = new MovementNotification(e.Upn, MovementType.OutOfAp, e.EndDate, e.ProviderUrn, null, null, null, null, latest.Pupil, e.OccurredAt);
        await movements.FromApPlacementAsync(notification, e.LaCode, ApPlacementStartedConsumer.Notifier, $"placement-ended:{e.PlacementId}",
            movements.Now(), cancellationToken);
    }
}
