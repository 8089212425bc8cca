using SendPlatform.EhcAssessments.Data;
using SendPlatform.EhcAssessments.Domain.Cases;

namespace SendPlatform.EhcAssessments.Application;

/// <summary>
/// The responsible LA's notified decision to cease the plan (reg 31(2)): the start of the family's time to appeal, while
/// the plan stays in force. A repeat changes nothing. Not announced: the plan's cessation is (EhcPlanCeased), and an
/// appeal against it is (AppealRegistered).
/// </summary>
public sealed class DecideToCease(EhcDbContext db)
{
    public Task<EhcCase> DecideAsync(CallerOrganisation caller, Guid caseId, DateOnly on, CeaseReason reason, CancellationToken cancellationToken) =>
        db.ChangeCaseAsync(caller, caseId, "decide to cease this case's plan", ehcCase => ehcCase.DecideToCease(on, reason), cancellationToken);
}
