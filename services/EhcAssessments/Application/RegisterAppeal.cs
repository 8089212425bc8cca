using SendPlatform.EhcAssessments.Data;
using SendPlatform.EhcAssessments.Domain.Cases;
using SendPlatform.EhcAssessments.Domain.Redress;
using SendPlatform.EhcAssessments.Events;
using SendPlatform.ServiceDefaults.Database;

namespace SendPlatform.EhcAssessments.Application;

/// <summary>The responsible LA recording an appeal against its decision; the appeal and AppealRegistered commit together.</summary>
public sealed class RegisterAppeal(EhcDbContext db, TimeProvider clock)
{
    public Task<EhcCase> RegisterAsync(CallerOrganisation caller, Guid caseId, DisagreementSubject subject, DateOnly on, string? reference,
        CancellationToken cancellationToken) =>
        db.ChangeCaseAsync(caller, caseId, "record an appeal on this case", ehcCase => ehcCase.RegisterAppeal(subject, on, reference),
            ehcCase => EhcCaseEvents.AppealRegistered(ehcCase, ehcCase.Disagreements.Last(d => d.Subject == subject), clock.GetStorageNow()), cancellationToken);
}
