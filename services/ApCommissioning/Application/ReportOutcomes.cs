using Microsoft.EntityFrameworkCore;
using SendPlatform.ApCommissioning.Data;
using SendPlatform.ApCommissioning.Domain.Performance;
using SendPlatform.ApCommissioning.Domain.Placements;
using SendPlatform.ServiceDefaults.Database;

namespace SendPlatform.ApCommissioning.Application;

/// <summary>
/// A provider reporting one term's outcomes for a placement at it. A registered provider reports as itself; an
/// unregistered one has no URN to sign in with, so its LA reports. Reporting a term again replaces the report.
/// </summary>
public sealed class ReportOutcomes(ApDbContext db, TimeProvider clock)
{
    /// <summary>The placement, once the caller is shown to report for it (its figures are checked against it).</summary>
    public async Task<ApPlacement> PlacementToReportAsync(CallerOrganisation caller, Guid placementId, CancellationToken cancellationToken)
    {
        var placement = await db.Placements.AsNoTracking().SingleOrDefaultAsync(p => p.Id == placementId, cancellationToken)
            ?? throw new NotFoundException("AP placement", placementId.ToString());
        var provider = await db.Providers.AsNoTracking().SingleAsync(p => p.Id == placement.ProviderId, cancellationToken);
        var mayReport = provider.Urn is not null
            ? caller.Type is OrganisationType.ApProvider or OrganisationType.School && caller.OrgId == provider.Urn
            : caller.IsLocalAuthorityOf(placement.LaCode);
        if (!mayReport) throw new PermissionDeniedException("Only the placement's provider reports its outcomes.");
        return placement;
    }

    public async Task<OutcomeReport> ReportAsync(CallerOrganisation caller, ApPlacement placement, TermOutcomes outcomes, CancellationToken cancellationToken)
    {
        var (year, term, figures) = outcomes;
        var report = await db.OutcomeReports.SingleOrDefaultAsync(r => r.PlacementId == placement.Id && r.SchoolYear == year && r.Term == term, cancellationToken);
        if (report is null) db.OutcomeReports.Add(report = OutcomeReport.For(placement.Id, year, term));
        report.Record(figures, caller.OrgId, clock.GetStorageNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            // The same term reported twice at once: the later report replaces the earlier, as it would one after the other.
            db.ChangeTracker.Clear();
            report = await db.OutcomeReports.SingleAsync(r => r.PlacementId == placement.Id && r.SchoolYear == year && r.Term == term, cancellationToken);
            report.Record(figures, caller.OrgId, clock.GetStorageNow());
            await db.SaveChangesAsync(cancellationToken);
        }
        return report;
    }
}
