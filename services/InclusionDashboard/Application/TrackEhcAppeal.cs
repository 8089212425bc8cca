using SendPlatform.InclusionDashboard.Data;
using SendPlatform.InclusionDashboard.Domain.Figures;

namespace SendPlatform.InclusionDashboard.Application;

/// <summary>Keeps each tribunal appeal's registration and outcome as their events arrive, in either order; nothing about the child.</summary>
public sealed class TrackEhcAppeal(EhcAppeals appeals)
{
    private const string What = "An EHC appeal";

    public Task RegisteredAsync(Guid caseId, string laCode, string subject, DateOnly decisionOn, DateOnly registeredOn, bool inTime, bool mediated,
        CancellationToken cancellationToken) =>
        appeals.RegisteredAsync(caseId, KnownSubject(subject), decisionOn, EventFacts.CurrentLa(laCode, What), registeredOn, inTime, mediated, cancellationToken);

    public Task DecidedAsync(Guid caseId, string laCode, string subject, DateOnly decisionOn, DateOnly registeredOn, string outcome, DateOnly decidedOn,
        CancellationToken cancellationToken) =>
        appeals.DecidedAsync(caseId, KnownSubject(subject), decisionOn, EventFacts.CurrentLa(laCode, What), registeredOn,
            EhcAppealTables.Outcomes.Contains(outcome) ? outcome : throw new InvalidOperationException($"{What} names the outcome '{outcome}', which the dashboard does not know."),
            decidedOn, cancellationToken);

    private static string KnownSubject(string subject) =>
        EhcAppealTables.Subjects.Any(s => s.Subject == subject) ? subject : throw new InvalidOperationException($"{What} is about '{subject}', which the dashboard does not know.");
}
