using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.InclusionDashboard.Application;
using SendPlatform.InclusionDashboard.Data;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.InclusionDashboard.Events;

public sealed class AppealRegisteredConsumer(DashboardDbContext db, TrackEhcAppeal tracking) : IdempotentConsumer<AppealRegistered, DashboardDbContext>(db)
{
    protected override Task HandleAsync(AppealRegistered registered, CancellationToken cancellationToken) =>
        tracking.RegisteredAsync(registered.CaseId, registered.LaCode, registered.Subject, registered.DecisionOn, registered.RegisteredOn, registered.InTime,
            registered.Mediated, cancellationToken);
}

public sealed class AppealDecidedConsumer(DashboardDbContext db, TrackEhcAppeal tracking) : IdempotentConsumer<AppealDecided, DashboardDbContext>(db)
{
    protected override Task HandleAsync(AppealDecided decided, CancellationToken cancellationToken) =>
        tracking.DecidedAsync(decided.CaseId, decided.LaCode, decided.Subject, decided.DecisionOn, decided.RegisteredOn, decided.Outcome, decided.DecidedOn,
            cancellationToken);
}
