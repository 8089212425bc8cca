using SendPlatform.EhcAssessments.Data;
using SendPlatform.EhcAssessments.Domain.Cases;

namespace SendPlatform.EhcAssessments.Application;

/// <summary>The responsible LA recording a lawful exception to the time limits on its case; recording it again changes nothing.</summary>
public sealed class RecordException(EhcDbContext db)
{
    public Task<EhcCase> RecordAsync(CallerOrganisation caller, Guid caseId, TimescaleException exception, CancellationToken cancellationToken) =>
        db.ChangeCaseAsync(caller, caseId, "record an exception to its time limits", ehcCase => ehcCase.RecordException(exception), cancellationToken);
}
