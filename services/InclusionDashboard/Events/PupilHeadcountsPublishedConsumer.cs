using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.InclusionDashboard.Application;
using SendPlatform.InclusionDashboard.Data;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.InclusionDashboard.Events;

public sealed class PupilHeadcountsPublishedConsumer(DashboardDbContext db, KeepPupilHeadcounts keeping) : IdempotentConsumer<PupilHeadcountsPublished, DashboardDbContext>(db)
{
    protected override Task HandleAsync(PupilHeadcountsPublished published, CancellationToken cancellationToken) =>
        keeping.PublishedAsync(published.AcademicYear, published.Headcounts.Select(h => (h.LaCode, h.Headcount)), published.PublishedAt, cancellationToken);
}
