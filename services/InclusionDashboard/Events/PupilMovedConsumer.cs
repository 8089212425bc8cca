using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.InclusionDashboard.Application;
using SendPlatform.InclusionDashboard.Data;
using SendPlatform.ServiceDefaults.Messaging;
using SendPlatform.ServiceDefaults.Messaging.Redelivery;

namespace SendPlatform.InclusionDashboard.Events;

/// <summary>
/// Counts movements and follows their pupils' status. Movements arrive in bursts (termly returns), so they are taken
/// in batches: a batch's counts in one statement, its pupils' statuses in five, one commit.
/// </summary>
public sealed class PupilMovedConsumer(DashboardDbContext db, BatchFailureRouting routing, CountMovement counting, TrackPupilStatus tracking)
    : IdempotentChunkConsumer<PupilMoved, PupilsMoved, DashboardDbContext>(db, routing)
{
    protected override async Task HandleAsync(IReadOnlyList<PupilMoved> movements, CancellationToken cancellationToken)
    {
        await counting.CountAllAsync(movements.Select(m => new CountMovement.Movement(m.ResponsibleLaCode, m.EffectiveDate, m.Type, m.SenProvision,
            m.PrimaryNeed, m.DeletionGround, m.SuspensionDays, m.FromUrn, m.ToUrn)), cancellationToken);
        await tracking.TrackAllAsync(movements.Select(m => new TrackPupilStatus.Moved(m.MovementId, m.Upn, m.ResponsibleLaCode, m.EffectiveDate, m.OccurredAt,
            m.StatusAfter)), cancellationToken);
    }
}
