using SendPlatform.EhcAssessments.Data;
using SendPlatform.EhcAssessments.Domain.Cases;

namespace SendPlatform.EhcAssessments.Application;

/// <summary>The receiving LA deciding, after a transfer, whether to reassess; a repeat of its decision changes nothing.</summary>
public sealed class DecideOnReassessment(EhcDbContext db)
{
    public Task<EhcCase> DecideAsync(CallerOrganisation caller, Guid caseId, bool reassess, DateOnly on, CancellationToken cancellationToken) =>
        db.ChangeCaseAsync(caller, caseId, "decide whether to reassess", ehcCase => ehcCase.DecideOnReassessment(reassess, on), cancellationToken);
}
