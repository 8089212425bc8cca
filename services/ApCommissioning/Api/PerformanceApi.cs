using System.Globalization;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SendPlatform.ApCommissioning.Application;
using SendPlatform.ApCommissioning.Data;
using SendPlatform.ApCommissioning.Domain.Performance;
using SendPlatform.ApCommissioning.Domain.Placements;
using Proto = SendPlatform.Contracts.Ap.V1;

namespace SendPlatform.ApCommissioning.Api;

public sealed class PerformanceApi(ApDbContext db, ReportOutcomes reporting, IOptions<ScorecardThresholds> thresholds) : Proto.ApPerformance.ApPerformanceBase
{
    public override async Task<Proto.OutcomeReport> SubmitOutcomes(Proto.SubmitOutcomesRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var (placement, providerUrn) = await reporting.PlacementToReportAsync(caller, PlacementsApi.PlacementId(request.PlacementId, "placement_id"), context.CancellationToken);
        var v = new Violations();
        var outcomes = v.Checked(OutcomeValidation.Parse(request, placement, v));
        return ToProto(await reporting.ReportAsync(caller, placement, providerUrn, outcomes, context.CancellationToken));
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
        SchoolYear = new AcademicYear(r.SchoolYear).ToString(),
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
