using SendPlatform.EhcAssessments.Data;
using SendPlatform.EhcAssessments.Domain.Cases;
using SendPlatform.EhcAssessments.Domain.Redress;

namespace SendPlatform.EhcAssessments.Application;

/// <summary>The responsible LA recording mediation about one of its decisions as it goes on; a repeat changes nothing.</summary>
public sealed class RecordMediation(EhcDbContext db)
{
    public Task<EhcCase> RecordAsync(CallerOrganisation caller, Guid caseId, DisagreementSubject subject, MediationFacts facts, CancellationToken cancellationToken) =>
        db.ChangeCaseAsync(caller, caseId, "record mediation on this case", ehcCase => ehcCase.RecordMediation(subject, facts), cancellationToken);
}
