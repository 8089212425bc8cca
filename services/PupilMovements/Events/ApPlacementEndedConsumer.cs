using Microsoft.EntityFrameworkCore;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.PupilMovements.Application;
using SendPlatform.PupilMovements.Data;
using SendPlatform.PupilMovements.Domain;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.PupilMovements.Events;

/// <summary>
/// Closes the tracked placement and records the out-of-AP movement unless already notified. The end event carries
/// no pupil facts, so the movement takes them from the pupil's latest recorded movement. An end whose start has not
/// arrived (it travels on another queue) is kept as an EarlyPlacementEnd for the start to apply.
/// </summary>
public sealed class ApPlacementEndedConsumer(MovementsDbContext db, RecordMovements movements)
    : IdempotentConsumer<ApPlacementEnded, MovementsDbContext>(db)
{
    protected override async Task HandleAsync(ApPlacementEnded e, CancellationToken cancellationToken)
    {
        // Start and end travel on different queues and may be handled at the same moment: each takes the placement's
        // lock first, so the later one sees what the earlier committed (else each could miss the other).
        await Db.Database.LockAsync($"ap-placement:{e.PlacementId}", cancellationToken);
        var placement = await Db.ApPlacements.FindAsync([e.PlacementId], cancellationToken);
        if (placement is null)
        {
            if (await Db.EarlyPlacementEnds.FindAsync([e.PlacementId], cancellationToken) is null)
            {
                Db.EarlyPlacementEnds.Add(EarlyPlacementEnd.Of(e.PlacementId, e.EndDate, e.Outcome, e.OccurredAt));
            }
            return;
        }
        if (placement.EndedOn is not null) return;
        placement.End(e.EndDate, e.Outcome);
        if (!ApPlacement.MovesThePupil(e.Tier, e.ProviderUrn)
            || await Db.Movements.AlreadyRecordedAsync(e.Upn, MovementType.OutOfAp, e.ProviderUrn!, e.EndDate, cancellationToken)) return;

        var latest = await Db.Movements.AsNoTracking().Where(m => m.Upn == e.Upn)
            .OrderByDescending(m => m.EffectiveDate).ThenByDescending(m => m.Sequence).FirstOrDefaultAsync(cancellationToken);
        if (latest is null) return;
        await movements.FromApPlacementAsync([OutOfAp(e.PlacementId, e.Upn, e.ProviderUrn!, e.EndDate, latest.Pupil, e.OccurredAt)], e.LaCode,
            ApPlacementStartedConsumer.Notifier, movements.Now(), cancellationToken);
    }

    public static Notice OutOfAp(Guid placementId, string upn, string providerUrn, DateOnly endDate, PupilFacts pupil, DateTimeOffset notifiedAt) =>
        new(new MovementNotification(upn, MovementType.OutOfAp, endDate, providerUrn, null, null, null, null, pupil, notifiedAt), $"placement-ended:{placementId}");
}
