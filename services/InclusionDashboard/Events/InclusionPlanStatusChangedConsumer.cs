using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.InclusionDashboard.Application;
using SendPlatform.InclusionDashboard.Data;
using SendPlatform.InclusionDashboard.Domain.Figures;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.InclusionDashboard.Events;

public sealed class InclusionPlanStatusChangedConsumer(DashboardDbContext db, KeepPlan keeping) : IdempotentConsumer<InclusionPlanStatusChanged, DashboardDbContext>(db)
{
    protected override Task HandleAsync(InclusionPlanStatusChanged changed, CancellationToken cancellationToken) =>
        keeping.ChangedAsync(changed.PlanId, changed.LaCode, changed.Status,
            [.. changed.Sufficiency.Select(s => new PlanSufficiency(s.NeedCode, s.ProvisionType, s.AcademicYear, s.ForecastDemand, s.Places))],
            changed.BlockingFindings ?? [], changed.ChangedAt, cancellationToken);
}
