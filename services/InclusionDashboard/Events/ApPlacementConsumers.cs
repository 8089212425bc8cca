using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.InclusionDashboard.Application;
using SendPlatform.InclusionDashboard.Data;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.InclusionDashboard.Events;

public sealed class ApPlacementStartedConsumer(DashboardDbContext db, CountApPlacement counting) : IdempotentConsumer<ApPlacementStarted, DashboardDbContext>(db)
{
    protected override Task HandleAsync(ApPlacementStarted started, CancellationToken cancellationToken) =>
        counting.StartedAsync(started.LaCode, started.ProviderUrn, started.Tier, started.StartDate, cancellationToken);
}

public sealed class ApPlacementEndedConsumer(DashboardDbContext db, CountApPlacement counting) : IdempotentConsumer<ApPlacementEnded, DashboardDbContext>(db)
{
    protected override Task HandleAsync(ApPlacementEnded ended, CancellationToken cancellationToken) =>
        counting.EndedAsync(ended.LaCode, ended.ProviderUrn, ended.Tier, ended.EndDate, ended.Outcome, cancellationToken);
}
