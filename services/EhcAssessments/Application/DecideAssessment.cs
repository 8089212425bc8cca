using SendPlatform.EhcAssessments.Data;
using SendPlatform.EhcAssessments.Domain.Cases;
using SendPlatform.EhcAssessments.Events;
using SendPlatform.ServiceDefaults.Database;

namespace SendPlatform.EhcAssessments.Application;

/// <summary>
/// The responsible LA deciding whether to assess, on the case's lock, so two decisions cannot both be recorded; the
/// decision and AssessmentDecided commit together, and a repeat of the recorded decision publishes nothing.
/// </summary>
public sealed class DecideAssessment(EhcDbContext db, TimeProvider clock)
{
    public Task<EhcCase> DecideAsync(CallerOrganisation caller, Guid caseId, AssessmentDecision decision, DateOnly on, string? reason, CancellationToken cancellationToken) =>
        db.ChangeCaseAsync(caller, caseId, "decide whether to assess", ehcCase => ehcCase.DecideAssessment(decision, on, reason),
            ehcCase => EhcCaseEvents.Decided(ehcCase, clock.GetStorageNow()), cancellationToken);
}
