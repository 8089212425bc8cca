using System.Globalization;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SendPlatform.ApCommissioning.Data;
using SendPlatform.ApCommissioning.Domain.Performance;
using SendPlatform.ApCommissioning.Domain.Placements;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ServiceDefaults.Errors;
using SendPlatform.ServiceDefaults.Identifiers;
using SendPlatform.ServiceDefaults.Identity;
using Proto = SendPlatform.Contracts.Ap.V1;

namespace SendPlatform.ApCommissioning.Api;

public sealed class PerformanceApi(ApDbContext db, IOptions<ScorecardThresholds> thresholds, TimeProvider clock) : Proto.ApPerformance.ApPerformanceBase
{
    public override async Task<Proto.OutcomeReport> SubmitOutcomes(Proto.SubmitOutcomesRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        if (!Guid.TryParse(request.PlacementId, out var placementId)) throw new RequestValidationException([new FieldViolation("placement_id", "is not a placement id")]);
        var placement = await db.Placements.AsNoTracking().SingleOrDefaultAsync(p => p.Id == placementId, context.CancellationToken)
            ?? throw new NotFoundException("AP placement", request.PlacementId);
        var provider = await db.Providers.AsNoTracking().SingleAsync(p => p.Id == placement.ProviderId, context.CancellationToken);
        // A registered provider reports as itself; an unregistered one has no URN to sign in with, so its LA reports.
        var mayReport = provider.Urn is not null
            ? caller.Type is OrganisationType.ApProvider or OrganisationType.School && caller.OrgId == provider.Urn
            : caller.IsLocalAuthorityOf(placement.LaCode);
        if (!mayReport) throw new PermissionDeniedException("Only the placement's provider reports its outcomes.");
        var v = new Violations();
        var parsed = OutcomeValidation.Parse(request, placement, v);
        v.ThrowIfAny();
        var (year, term, figures) = parsed!.Value;

        var report = await db.OutcomeReports.SingleOrDefaultAsync(r => r.PlacementId == placementId && r.SchoolYear == year && r.Term == term, context.CancellationToken);
        if (report is null) db.OutcomeReports.Add(report = OutcomeReport.For(placementId, year, term));
        report.Record(figures, caller.OrgId, clock.GetStorageNow());
        try
        {
            await db.SaveChangesAsync(context.CancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            // The same term reported twice at once: the later report replaces the earlier, as it would one after the other.
            db.ChangeTracker.Clear();
            report = await db.OutcomeReports.SingleAsync(r => r.PlacementId == placementId && r.SchoolYear == year && r.Term == term, context.CancellationToken);
            report.Record(figures, caller.OrgId, clock.GetStorageNow());
            await db.SaveChangesAsync(context.CancellationToken);
        }
        return ToProto(report);
    }

    public override async Task<Proto.Scorecard> GetProviderScorecard(Proto.GetProviderScorecardRequest request, ServerCallContext context)
    {
        if (!Guid.TryParse(request.ProviderId, out var providerId)) throw new RequestValidationException([new FieldViolation("provider_id", "is not a provider id")]);
        if (!await db.Providers.AnyAsync(p => p.Id == providerId, context.CancellationToken)) throw new NotFoundException("AP provider", request.ProviderId);
        return await ScorecardAsync(request.ProviderId, db.Placements.Where(p => p.ProviderId == providerId), context.CancellationToken);
    }

    public override async Task<Proto.Scorecard> GetLocalAuthorityScorecard(Proto.GetLocalAuthorityScorecardRequest request, ServerCallContext context)
    {
        if (!LaCode.TryParse(request.LaCode, out var la, out var reason)) throw new RequestValidationException([new FieldViolation("la_code", reason)]);
        return await ScorecardAsync(la.Value.Value, db.Placements.Where(p => p.LaCode == la.Value.Value), context.CancellationToken);
    }

    private async Task<Proto.Scorecard> ScorecardAsync(string subject, IQueryable<ApPlacement> placements, CancellationToken cancellationToken)
    {
        var rows = await placements.AsNoTracking().ToListAsync(cancellationToken);
        // The reports are chosen by the same filter in the database, not by a list of ids sent back to it.
        var reports = await db.OutcomeReports.AsNoTracking().Where(r => placements.Any(p => p.Id == r.PlacementId)).ToListAsync(cancellationToken);
        return new Proto.Scorecard
        {
            Subject = subject,
            Measures =
            {
                Scorecard.Of(rows, reports, thresholds.Value).Select(m => new Proto.Measure
                {
                    Outcome = m.Outcome,
                    ValuePercent = m.ValuePercent?.ToString("0.0", CultureInfo.InvariantCulture) ?? "",
                    Placements = m.Placements,
                    Rating = (Proto.Rating)(int)m.Rating,
                    Definition = m.Definition,
                }),
            },
        };
    }

    private static Proto.OutcomeReport ToProto(OutcomeReport r) => new()
    {
        PlacementId = r.PlacementId.ToString(),
        SchoolYear = $"{r.SchoolYear}-{(r.SchoolYear + 1) % 100:00}",
        Term = (Proto.Term)(int)r.Term,
        AttendanceBeforePercent = r.AttendanceBefore.ToString("0.0", CultureInfo.InvariantCulture),
        AttendanceDuringPercent = r.AttendanceDuring.ToString("0.0", CultureInfo.InvariantCulture),
        EnglishProgressSteps = r.EnglishSteps,
        MathsProgressSteps = r.MathsSteps,
        OutreachSessions = r.OutreachSessions,
        OutreachOutcome = (Proto.OutreachOutcome)(int)(r.Outreach ?? 0),
        SustainedTwoTerms = r.SustainedTwoTerms switch { true => Proto.Sustained.Yes, false => Proto.Sustained.No, null => Proto.Sustained.Unspecified },
        ReportedBy = r.ReportedBy,
    };
}
