using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.InclusionDashboard.Application;
using SendPlatform.InclusionDashboard.Data;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.InclusionDashboard.Events;

public sealed class TailoredListDrawnConsumer(DashboardDbContext db, CountTailoredList counting) : IdempotentConsumer<TailoredListDrawn, DashboardDbContext>(db)
{
    protected override Task HandleAsync(TailoredListDrawn drawn, CancellationToken cancellationToken) =>
        counting.DrawnAsync(drawn.LaCode, drawn.DrawnOn, drawn.FirstProvisionType, cancellationToken);
}
