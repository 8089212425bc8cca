using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.InclusionDashboard.Application;
using SendPlatform.InclusionDashboard.Data;
using SendPlatform.ServiceDefaults.Messaging;
using SendPlatform.ServiceDefaults.Messaging.Redelivery;

namespace SendPlatform.InclusionDashboard.Events;

/// <summary>
/// Counts each movement and follows its pupil's status. Movements arrive in bursts (termly returns), so they are taken
/// in batches, one commit each; every movement is saved before the next is counted, as it would be alone.
/// </summary>
public sealed class PupilMovedConsumer(DashboardDbContext db, BatchFailureRouting routing, CountMovement counting, TrackPupilStatus tracking)
    : IdempotentBatchConsumer<PupilMoved, DashboardDbContext>(db, routing)
{
    protected override async Task HandleAsync(IReadOnlyList<PupilMoved> movements, CancellationToken cancellationToken)
    {
        foreach (var moved in movements)
        {
            await counting.CountAsync(new CountMovement.Movement(moved.ResponsibleLaCode, moved.EffectiveDate, moved.Type, moved.SenProvision, moved.PrimaryNeed,
                moved.DeletionGround, moved.SuspensionDays, moved.FromUrn, moved.ToUrn), cancellationToken);
            await tracking.TrackAsync(new TrackPupilStatus.Moved(moved.MovementId, moved.Upn, moved.ResponsibleLaCode, moved.EffectiveDate, moved.OccurredAt,
                moved.StatusAfter), cancellationToken);
            await Db.SaveChangesAsync(cancellationToken);
        }
    }
}
