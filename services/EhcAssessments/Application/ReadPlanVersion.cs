using Microsoft.EntityFrameworkCore;
using SendPlatform.EhcAssessments.Data;
using SendPlatform.EhcAssessments.Domain.Plans;

namespace SendPlatform.EhcAssessments.Application;

/// <summary>A kept version of a case's plan, read by whoever may read the case (ReadCase).</summary>
public sealed class ReadPlanVersion(EhcDbContext db, ReadCase cases)
{
    public async Task<PlanVersion> ReadAsync(CallerOrganisation caller, Guid caseId, int number, CancellationToken cancellationToken)
    {
        await cases.ReadAsync(caller, caseId, cancellationToken);
        return await db.PlanVersions.AsNoTracking().SingleOrDefaultAsync(v => v.CaseId == caseId && v.Number == number, cancellationToken)
            ?? throw new NotFoundException("EHC plan version", $"{caseId}/{number}");
    }
}
