using SendPlatform.InclusionDashboard.Data;
using SendPlatform.InclusionDashboard.Domain.Figures;

namespace SendPlatform.InclusionDashboard.Application;

/// <summary>Keeps each EHC needs assessment's steps as their events arrive, in any order; nothing about the child.</summary>
public sealed class TrackEhcCase(EhcCases cases)
{
    private const string What = "An EHC case";

    public Task ReceivedAsync(Guid caseId, string laCode, DateOnly receivedOn, CancellationToken cancellationToken) =>
        cases.ReceivedAsync(caseId, EventFacts.CurrentLa(laCode, What), receivedOn, cancellationToken);

    public Task AssessmentDecidedAsync(Guid caseId, string laCode, DateOnly receivedOn, string decision, DateOnly decidedOn, bool inTime,
        CancellationToken cancellationToken) =>
        cases.AssessmentDecidedAsync(caseId, EventFacts.CurrentLa(laCode, What), receivedOn, Known(decision, "Assess", "NotAssess"), decidedOn, inTime, cancellationToken);

    public Task PlanDecidedAsync(Guid caseId, string laCode, DateOnly receivedOn, string decision, DateOnly decidedOn, CancellationToken cancellationToken) =>
        cases.PlanDecidedAsync(caseId, EventFacts.CurrentLa(laCode, What), receivedOn, Known(decision, "Issue", "NotIssue"), decidedOn, cancellationToken);

    public Task PlanIssuedAsync(Guid caseId, string laCode, DateOnly receivedOn, DateOnly issuedOn, bool inTime, bool hadException, string? primaryNeed,
        CancellationToken cancellationToken)
    {
        var need = string.IsNullOrEmpty(primaryNeed) ? null
            : PrimaryNeeds.Find(primaryNeed) is not null ? primaryNeed
            : throw new InvalidOperationException($"{What} names the primary need '{primaryNeed}', which is not one.");
        return cases.PlanIssuedAsync(caseId, EventFacts.CurrentLa(laCode, What), receivedOn, issuedOn, inTime, hadException, need, cancellationToken);
    }

    public Task CeasedAsync(Guid caseId, string laCode, DateOnly ceasedOn, string reason, CancellationToken cancellationToken) =>
        cases.CeasedAsync(caseId, EventFacts.CurrentLa(laCode, What), ceasedOn, Known(reason, [.. EhcTables.CeaseReasons.Select(r => r.Reason)]), cancellationToken);

    private static string Known(string decision, params string[] known) =>
        known.Contains(decision) ? decision : throw new InvalidOperationException($"{What} names the decision '{decision}', which the dashboard does not know.");
}
