using SendPlatform.EhcAssessments.Data;
using SendPlatform.EhcAssessments.Domain.Cases;
using SendPlatform.EhcAssessments.Events;
using SendPlatform.ServiceDefaults.Database;

namespace SendPlatform.EhcAssessments.Application;

/// <summary>The responsible LA ceasing to maintain the plan; the cessation and EhcPlanCeased commit together, and a repeat changes nothing.</summary>
public sealed class CeasePlan(EhcDbContext db, TimeProvider clock)
{
    public Task<EhcCase> CeaseAsync(CallerOrganisation caller, Guid caseId, DateOnly on, CeaseReason reason, CancellationToken cancellationToken) =>
        db.ChangeCaseAsync(caller, caseId, "cease this case's plan", ehcCase => ehcCase.Cease(on, reason),
            ehcCase => EhcCaseEvents.Ceased(ehcCase, clock.GetStorageNow()), cancellationToken);
}
