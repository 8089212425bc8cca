using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.InclusionDashboard.Application;
using SendPlatform.InclusionDashboard.Data;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.InclusionDashboard.Events;

public sealed class PupilMovedConsumer(DashboardDbContext db, CountMovement counting, TrackPupilStatus tracking) : IdempotentConsumer<PupilMoved, DashboardDbContext>(db)
{
    protected override async Task HandleAsync(PupilMoved moved, CancellationToken cancellationToken)
    {
        await counting.CountAsync(new CountMovement.Movement(moved.ResponsibleLaCode, moved.EffectiveDate, moved.Type, moved.SenProvision, moved.PrimaryNeed,
            moved.DeletionGround, moved.SuspensionDays, moved.FromUrn, moved.ToUrn), cancellationToken);
        await tracking.TrackAsync(new TrackPupilStatus.Moved(moved.MovementId, moved.Upn, moved.ResponsibleLaCode, moved.EffectiveDate, moved.OccurredAt,
            moved.StatusAfter), cancellationToken);
    }
}
