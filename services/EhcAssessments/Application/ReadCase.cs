using Microsoft.EntityFrameworkCore;
using SendPlatform.EhcAssessments.Data;
using SendPlatform.EhcAssessments.Domain.Cases;

namespace SendPlatform.EhcAssessments.Application;

/// <summary>
/// A case is read by its responsible LA, and by the setting that made the request; nobody else, DfE included. The
/// setting does not see the family's disagreements with the LA (mediation and appeals are between those two).
/// </summary>
public sealed class ReadCase(EhcDbContext db)
{
    public sealed record CaseRead(EhcCase Case, bool ShowsRedress);

    public async Task<CaseRead> ReadAsync(CallerOrganisation caller, Guid caseId, CancellationToken cancellationToken)
    {
        var ehcCase = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken)
            ?? throw new NotFoundException("EHC case", caseId.ToString());
        var requestingSetting = caller.Type is OrganisationType.School or OrganisationType.ApProvider && ehcCase.RequestingSettingUrn == caller.OrgId;
        if (!requestingSetting) caller.RequireLocalAuthorityOf(ehcCase.LaCode, "read this case (or the setting that requested it)");
        return new CaseRead(ehcCase, ShowsRedress: !requestingSetting);
    }
}
