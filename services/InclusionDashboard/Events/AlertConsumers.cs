using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.InclusionDashboard.Application;
using SendPlatform.InclusionDashboard.Data;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.InclusionDashboard.Events;

public sealed class OversightAlertRaisedConsumer(DashboardDbContext db, TrackAlert tracking) : IdempotentConsumer<OversightAlertRaised, DashboardDbContext>(db)
{
    protected override Task HandleAsync(OversightAlertRaised raised, CancellationToken cancellationToken) =>
        tracking.RaisedAsync(raised.AlertId, raised.LaCode, raised.Type, raised.RaisedAt, raised.DueBy, cancellationToken);
}

public sealed class OversightAlertAcknowledgedConsumer(DashboardDbContext db, TrackAlert tracking)
    : IdempotentConsumer<OversightAlertAcknowledged, DashboardDbContext>(db)
{
    protected override Task HandleAsync(OversightAlertAcknowledged acknowledged, CancellationToken cancellationToken) =>
        tracking.AcknowledgedAsync(acknowledged.AlertId, acknowledged.LaCode, acknowledged.Type, acknowledged.AcknowledgedAt, cancellationToken);
}

public sealed class OversightAlertResolvedConsumer(DashboardDbContext db, TrackAlert tracking) : IdempotentConsumer<OversightAlertResolved, DashboardDbContext>(db)
{
    protected override Task HandleAsync(OversightAlertResolved resolved, CancellationToken cancellationToken) =>
        tracking.ResolvedAsync(resolved.AlertId, resolved.LaCode, resolved.Type, resolved.ResolvedAt, cancellationToken);
}
