using SendPlatform.EhcAssessments.Data;
using SendPlatform.EhcAssessments.Domain.Advice;
using SendPlatform.EhcAssessments.Domain.Cases;

namespace SendPlatform.EhcAssessments.Application;

/// <summary>The responsible LA asking for advice for its assessment; a repeat changes nothing.</summary>
public sealed class RequestAdvice(EhcDbContext db)
{
    public Task<EhcCase> RequestAsync(CallerOrganisation caller, Guid caseId, AdviceKind kind, DateOnly on, CancellationToken cancellationToken) =>
        db.ChangeCaseAsync(caller, caseId, "ask for advice on this case", ehcCase => ehcCase.RequestAdvice(kind, on), cancellationToken);
}
