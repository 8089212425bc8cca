using Microsoft.EntityFrameworkCore;
using SendPlatform.EhcAssessments.Data;
using SendPlatform.EhcAssessments.Domain.Plans;

namespace SendPlatform.EhcAssessments.Application;

/// <summary>
/// A kept version of a case's plan, read by the responsible LA and by the setting the plan in force names in section I
/// (to whom the law has the plan sent, SEND Regulations 2014 regs 13(2) and 22(3)); a setting that only made the
/// request follows the case, not the plan's content.
/// </summary>
public sealed class ReadPlanVersion(EhcDbContext db)
{
    public async Task<PlanVersion> ReadAsync(CallerOrganisation caller, Guid caseId, int number, CancellationToken cancellationToken)
    {
        var ehcCase = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken)
            ?? throw new NotFoundException("EHC case", caseId.ToString());
        var namedSetting = caller.Type is OrganisationType.School or OrganisationType.ApProvider && ehcCase.IssuedPlan?.SettingUrn == caller.OrgId;
        if (!namedSetting) caller.RequireLocalAuthorityOf(ehcCase.LaCode, "read this case's plan (or the setting it names)");
        return await db.PlanVersions.AsNoTracking().SingleOrDefaultAsync(v => v.CaseId == caseId && v.Number == number, cancellationToken)
            ?? throw new NotFoundException("EHC plan version", $"{caseId}/{number}");
    }
}
