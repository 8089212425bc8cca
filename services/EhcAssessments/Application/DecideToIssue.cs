using SendPlatform.EhcAssessments.Data;
using SendPlatform.EhcAssessments.Domain.Cases;
using SendPlatform.EhcAssessments.Events;
using SendPlatform.ServiceDefaults.Database;

namespace SendPlatform.EhcAssessments.Application;

/// <summary>
/// The responsible LA deciding, after the assessment, whether to issue a plan, on the case's lock; the decision and
/// EhcPlanDecided commit together, and a repeat of the recorded decision publishes nothing.
/// </summary>
public sealed class DecideToIssue(EhcDbContext db, TimeProvider clock)
{
    public Task<EhcCase> DecideAsync(CallerOrganisation caller, Guid caseId, IssueDecision decision, DateOnly on, string? reason, CancellationToken cancellationToken) =>
        db.ChangeCaseAsync(caller, caseId, "decide whether to issue a plan", ehcCase => ehcCase.DecideToIssue(decision, on, reason),
            ehcCase => EhcCaseEvents.PlanDecided(ehcCase, clock.GetStorageNow()), cancellationToken);
}
