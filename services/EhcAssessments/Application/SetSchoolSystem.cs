using SendPlatform.EhcAssessments.Data;
using SendPlatform.EhcAssessments.Domain.Cases;
using SendPlatform.EhcAssessments.Domain.Timescales;

namespace SendPlatform.EhcAssessments.Application;

/// <summary>The responsible LA recording the phases the child's schools follow; the case's next step follows. A repeat changes nothing.</summary>
public sealed class SetSchoolSystem(EhcDbContext db)
{
    public Task<EhcCase> SetAsync(CallerOrganisation caller, Guid caseId, SchoolSystem system, CancellationToken cancellationToken) =>
        db.ChangeCaseAsync(caller, caseId, "record the phases of this child's schools", ehcCase => ehcCase.SetSchoolSystem(system), cancellationToken);
}
