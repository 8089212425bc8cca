using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SendPlatform.ApCommissioning.Data;
using SendPlatform.ApCommissioning.Domain.Performance;
using SendPlatform.ApCommissioning.Domain.Placements;
using SendPlatform.ApCommissioning.Events;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.ApCommissioning.Application;

/// <summary>
/// A provider reporting one term's outcomes for a placement at it. A registered provider reports as itself; an
/// unregistered one has no URN to sign in with, so its LA reports. Reporting a term again replaces the report. The
/// report and ApOutcomesAssessed (the placement's position, year by year, from all its reports) commit together under
/// the provider's lock, so two reports at once neither collide nor publish a position missing the other.
/// </summary>
public sealed class ReportOutcomes(ApDbContext db, TimeProvider clock, IOptions<ScorecardThresholds> thresholds)
{
    /// <summary>The placement and its provider's URN, once the caller is shown to report for it (its figures are checked against it).</summary>
    public async Task<(ApPlacement Placement, string? ProviderUrn)> PlacementToReportAsync(CallerOrganisation caller, Guid placementId, CancellationToken cancellationToken)
    {
        var placement = await db.Placements.AsNoTracking().SingleOrDefaultAsync(p => p.Id == placementId, cancellationToken)
            ?? throw new NotFoundException("AP placement", placementId.ToString());
        var provider = await db.Providers.AsNoTracking().SingleAsync(p => p.Id == placement.ProviderId, cancellationToken);
        var mayReport = provider.Urn is not null
            ? caller.Type is OrganisationType.ApProvider or OrganisationType.School && caller.OrgId == provider.Urn
            : caller.IsLocalAuthorityOf(placement.LaCode);
        if (!mayReport) throw new PermissionDeniedException("Only the placement's provider reports its outcomes.");
        return (placement, provider.Urn);
    }

    public async Task<OutcomeReport> ReportAsync(CallerOrganisation caller, ApPlacement placement, string? providerUrn, TermOutcomes outcomes,
        CancellationToken cancellationToken)
    {
        var (year, term, figures) = outcomes;
        OutcomeReport? report = null;
        await db.InProviderTransactionAsync(placement.ProviderId, async ct =>
        {
            var reports = await db.OutcomeReports.Where(r => r.PlacementId == placement.Id).ToListAsync(ct);
            report = reports.SingleOrDefault(r => r.SchoolYear == year && r.Term == term);
            if (report is null)
            {
                db.OutcomeReports.Add(report = OutcomeReport.For(placement.Id, year, term));
                reports.Add(report);
            }
            var now = clock.GetStorageNow();
            report.Record(figures, caller.OrgId, now);
            // Read again under the lock, which ending a placement also takes: the assessment needs its outcome as it now stands.
            var current = await db.Placements.AsNoTracking().SingleAsync(p => p.Id == placement.Id, ct);
            db.EnqueueIntegrationEvent(ApPlacementEvents.Assessed(current, providerUrn, OutcomesMet.ByYear(current, reports, thresholds.Value), now));
            await db.SaveChangesAsync(ct);
        }, cancellationToken);
        return report!;
    }
}
