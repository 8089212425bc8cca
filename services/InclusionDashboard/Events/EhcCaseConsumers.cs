using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.InclusionDashboard.Application;
using SendPlatform.InclusionDashboard.Data;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.InclusionDashboard.Events;

public sealed class EhcRequestReceivedConsumer(DashboardDbContext db, TrackEhcCase tracking) : IdempotentConsumer<EhcRequestReceived, DashboardDbContext>(db)
{
    protected override Task HandleAsync(EhcRequestReceived received, CancellationToken cancellationToken) =>
        tracking.ReceivedAsync(received.CaseId, received.LaCode, received.ReceivedOn, cancellationToken);
}

public sealed class AssessmentDecidedConsumer(DashboardDbContext db, TrackEhcCase tracking) : IdempotentConsumer<AssessmentDecided, DashboardDbContext>(db)
{
    protected override Task HandleAsync(AssessmentDecided decided, CancellationToken cancellationToken) =>
        tracking.AssessmentDecidedAsync(decided.CaseId, decided.LaCode, decided.ReceivedOn, decided.Decision, decided.DecidedOn, decided.InTime, cancellationToken);
}

public sealed class EhcPlanDecidedConsumer(DashboardDbContext db, TrackEhcCase tracking) : IdempotentConsumer<EhcPlanDecided, DashboardDbContext>(db)
{
    protected override Task HandleAsync(EhcPlanDecided decided, CancellationToken cancellationToken) =>
        tracking.PlanDecidedAsync(decided.CaseId, decided.LaCode, decided.ReceivedOn, decided.Decision, decided.DecidedOn, cancellationToken);
}

public sealed class EhcPlanIssuedConsumer(DashboardDbContext db, TrackEhcCase tracking) : IdempotentConsumer<EhcPlanIssued, DashboardDbContext>(db)
{
    protected override Task HandleAsync(EhcPlanIssued issued, CancellationToken cancellationToken) =>
        tracking.PlanIssuedAsync(issued.CaseId, issued.LaCode, issued.ReceivedOn, issued.IssuedOn, issued.InTime, issued.HadException, issued.PrimaryNeed,
            cancellationToken);
}

public sealed class EhcPlanCeasedConsumer(DashboardDbContext db, TrackEhcCase tracking) : IdempotentConsumer<EhcPlanCeased, DashboardDbContext>(db)
{
    protected override Task HandleAsync(EhcPlanCeased ceased, CancellationToken cancellationToken) =>
        tracking.CeasedAsync(ceased.CaseId, ceased.LaCode, ceased.CeasedOn, ceased.Reason, cancellationToken);
}
