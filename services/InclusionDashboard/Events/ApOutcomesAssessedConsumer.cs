using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.InclusionDashboard.Application;
using SendPlatform.InclusionDashboard.Data;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.InclusionDashboard.Events;

public sealed class ApOutcomesAssessedConsumer(DashboardDbContext db, KeepApOutcomes keeping) : IdempotentConsumer<ApOutcomesAssessed, DashboardDbContext>(db)
{
    protected override Task HandleAsync(ApOutcomesAssessed assessed, CancellationToken cancellationToken) =>
        keeping.AssessedAsync(assessed.PlacementId, assessed.LaCode, assessed.Tier, assessed.ProviderUrn,
            [.. assessed.Years.Select(y => new KeepApOutcomes.Year(y.SchoolYear, y.EffectiveOutreach, y.ImprovedAttendance, y.Reintegration,
                y.AttainmentEnglishAndMaths, y.Post16Transitions))],
            assessed.AsOf, cancellationToken);
}
