using SendPlatform.EhcAssessments.Data;
using SendPlatform.EhcAssessments.Domain.Cases;
using SendPlatform.EhcAssessments.Events;
using SendPlatform.ServiceDefaults.Database;

namespace SendPlatform.EhcAssessments.Application;

/// <summary>
/// The LA responsible until now transferring the plan to the family's new LA; from then only the receiving LA runs and
/// sees the case. The transfer and EhcPlanTransferred commit together, and a repeat changes nothing.
/// </summary>
public sealed class TransferPlan(EhcDbContext db, TimeProvider clock)
{
    public Task<EhcCase> TransferAsync(CallerOrganisation caller, Guid caseId, string toLaCode, DateOnly on, CancellationToken cancellationToken) =>
        db.ChangeCaseAsync(caller, caseId, "transfer this case's plan", ehcCase => ehcCase.Transfer(toLaCode, on),
            ehcCase => EhcCaseEvents.Transferred(ehcCase, clock.GetStorageNow()), cancellationToken);
}
