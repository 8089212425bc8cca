using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.PupilMovements.Data;
using SendPlatform.PupilMovements.Domain;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.PupilMovements.Events;

/// <summary>
/// Closes the tracked placement and records the out-of-AP movement unless already notified. The end event carries
/// no pupil facts, so the movement takes them from the pupil's latest recorded movement.
/// </summary>
public sealed class ApPlacementEndedConsumer(MovementsDbContext db, MovementRecorder recorder, TimeProvider clock)
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
            || await recorder.AlreadyRecordedAsync(e.Upn, MovementType.OutOfAp, e.ProviderUrn!, e.EndDate, cancellationToken)) return;

        var timeline = await recorder.TimelineAsync(e.Upn, cancellationToken);
        if (timeline.Movements.Count == 0) return;
        var notification = new MovementNotification(e.Upn, MovementType.OutOfAp, e.EndDate, e.ProviderUrn, null, null, null, null,
            timeline.Movements[^1].Pupil, e.LaCode, e.OccurredAt);
        await recorder.RecordAsync([new PendingMovement(notification, ApPlacementStartedConsumer.Notifier, $"placement-ended:{e.PlacementId}")], clock.GetStorageNow(), cancellationToken);
    }
}
