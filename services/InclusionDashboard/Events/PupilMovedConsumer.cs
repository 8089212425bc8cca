using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.InclusionDashboard.Application;
using SendPlatform.InclusionDashboard.Data;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.InclusionDashboard.Events;

public sealed class PupilMovedConsumer(DashboardDbContext db, CountMovement counting) : IdempotentConsumer<PupilMoved, DashboardDbContext>(db)
{
    protected override Task HandleAsync(PupilMoved moved, CancellationToken cancellationToken) =>
        counting.CountAsync(new CountMovement.Movement(moved.ResponsibleLaCode, moved.EffectiveDate, moved.Type, moved.SenProvision, moved.PrimaryNeed,
            moved.DeletionGround, moved.SuspensionDays), cancellationToken);
}
