using SendPlatform.EhcAssessments.Data;
using SendPlatform.EhcAssessments.Domain.Cases;
using SendPlatform.EhcAssessments.Domain.Redress;
using SendPlatform.EhcAssessments.Events;
using SendPlatform.ServiceDefaults.Database;

namespace SendPlatform.EhcAssessments.Application;

/// <summary>The responsible LA recording how an appeal ended; the outcome and AppealDecided commit together.</summary>
public sealed class RecordAppealOutcome(EhcDbContext db, TimeProvider clock)
{
    public Task<EhcCase> RecordAsync(CallerOrganisation caller, Guid caseId, DisagreementSubject subject, AppealOutcome outcome, DateOnly on,
        CancellationToken cancellationToken) =>
        db.ChangeCaseAsync(caller, caseId, "record an appeal's outcome on this case", ehcCase => ehcCase.RecordAppealOutcome(subject, outcome, on),
            ehcCase => EhcCaseEvents.AppealDecided(ehcCase, ehcCase.Disagreements.Last(d => d.Subject == subject), clock.GetStorageNow()), cancellationToken);
}
