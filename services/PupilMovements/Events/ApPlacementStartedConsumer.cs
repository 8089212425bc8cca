using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.PupilMovements.Application;
using SendPlatform.PupilMovements.Data;
using SendPlatform.PupilMovements.Domain;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.PupilMovements.Events;

/// <summary>
/// Tracks the placement (for the overdue-placement alert) and records the into-AP movement, unless the same move
/// was already notified by the school, provider or LA. The idempotency key per placement makes a re-published
/// event (new event id, same placement) record nothing twice.
/// </summary>
public sealed class ApPlacementStartedConsumer(MovementsDbContext db, RecordMovements movements)
    : IdempotentConsumer<ApPlacementStarted, MovementsDbContext>(db)
{
    public const string Notifier = "ap-commissioning";

    protected override async Task HandleAsync(ApPlacementStarted e, CancellationToken cancellationToken)
    {
        if (await Db.ApPlacements.FindAsync([e.PlacementId], cancellationToken) is not null) return;
        Db.ApPlacements.Add(ApPlacement.Started(e.PlacementId, e.Upn, e.LaCode, e.Tier, e.ProviderUrn, e.HomeSchoolUrn, e.StartDate, e.PlannedEndDate));
        if (!ApPlacement.MovesThePupil(e.Tier, e.ProviderUrn)) return;
        if (await Db.Movements.AlreadyRecordedAsync(e.Upn, MovementType.IntoAp, e.ProviderUrn!, e.StartDate, cancellationToken)
            || await Db.Movements.AlreadyRecordedAsync(e.Upn, MovementType.OffSiteDirection, e.ProviderUrn!, e.StartDate, cancellationToken)) return;

        var notification = new MovementNotification(e.Upn, MovementType.IntoAp, e.StartDate, e.HomeSchoolUrn, e.ProviderUrn, null, null, null,
            new PupilFacts(e.DateOfBirth, e.SenProvision, e.PrimaryNeed), e.OccurredAt);
        await movements.FromApPlacementAsync(notification, e.LaCode, Notifier, $"placement-started:{e.PlacementId}", movements.Now(), cancellationToken);
    }
}
