using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.PupilMovements.Application;
using SendPlatform.PupilMovements.Data;
using SendPlatform.PupilMovements.Domain;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.PupilMovements.Events;

/// <summary>
/// Tracks the placement (for the overdue-placement alert) and records the into-AP movement, unless the same move
/// was already notified by the school, provider or LA. The idempotency key per placement makes a re-published
/// event (new event id, same placement) record nothing twice. If the placement's end arrived first, it is applied
/// now, after the start, as ApPlacementEndedConsumer would have.
/// </summary>
public sealed class ApPlacementStartedConsumer(MovementsDbContext db, RecordMovements movements)
    : IdempotentConsumer<ApPlacementStarted, MovementsDbContext>(db)
{
    public const string Notifier = "ap-commissioning";

    protected override async Task HandleAsync(ApPlacementStarted e, CancellationToken cancellationToken)
    {
        // Start and end travel on different queues and may be handled at the same moment: each takes the placement's
        // lock first, so the later one sees what the earlier committed (else each could miss the other).
        await Db.Database.LockAsync($"ap-placement:{e.PlacementId}", cancellationToken);
        if (await Db.ApPlacements.FindAsync([e.PlacementId], cancellationToken) is not null) return;
        var placement = ApPlacement.Started(e.PlacementId, e.Upn, e.LaCode, e.Tier, e.ProviderUrn, e.HomeSchoolUrn, e.StartDate, e.PlannedEndDate);
        Db.ApPlacements.Add(placement);
        var early = await Db.EarlyPlacementEnds.FindAsync([e.PlacementId], cancellationToken);
        if (early is not null)
        {
            placement.End(early.EndDate, early.Outcome);
            Db.EarlyPlacementEnds.Remove(early);
        }
        if (!ApPlacement.MovesThePupil(e.Tier, e.ProviderUrn)) return;

        // One instance per movement: EF Core stores PupilFacts as an owned type, which two owners cannot share.
        PupilFacts Pupil() => new(e.DateOfBirth, e.SenProvision, e.PrimaryNeed);
        var notices = new List<Notice>();
        if (!await Db.Movements.AlreadyRecordedAsync(e.Upn, MovementType.IntoAp, e.ProviderUrn!, e.StartDate, cancellationToken)
            && !await Db.Movements.AlreadyRecordedAsync(e.Upn, MovementType.OffSiteDirection, e.ProviderUrn!, e.StartDate, cancellationToken))
        {
            notices.Add(new Notice(new MovementNotification(e.Upn, MovementType.IntoAp, e.StartDate, e.HomeSchoolUrn, e.ProviderUrn, null, null, null,
                Pupil(), e.OccurredAt), $"placement-started:{e.PlacementId}"));
        }
        if (early is not null && !await Db.Movements.AlreadyRecordedAsync(e.Upn, MovementType.OutOfAp, e.ProviderUrn!, early.EndDate, cancellationToken))
        {
            notices.Add(ApPlacementEndedConsumer.OutOfAp(e.PlacementId, e.Upn, e.ProviderUrn!, early.EndDate, Pupil(), early.ReceivedAt));
        }
        await movements.FromApPlacementAsync(notices, e.LaCode, Notifier, movements.Now(), cancellationToken);
    }
}
