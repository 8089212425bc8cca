using SendPlatform.EhcAssessments.Data;
using SendPlatform.EhcAssessments.Domain.Advice;
using SendPlatform.EhcAssessments.Domain.Cases;

namespace SendPlatform.EhcAssessments.Application;

/// <summary>The responsible LA recording that advice it asked for arrived; a repeat changes nothing.</summary>
public sealed class RecordAdviceReceived(EhcDbContext db)
{
    public Task<EhcCase> RecordAsync(CallerOrganisation caller, Guid caseId, AdviceKind kind, DateOnly on, CancellationToken cancellationToken) =>
        db.ChangeCaseAsync(caller, caseId, "record advice on this case", ehcCase => ehcCase.RecordAdvice(kind, on), cancellationToken);
}
