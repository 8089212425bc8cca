using Microsoft.EntityFrameworkCore;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.EhcAssessments.Domain.Cases;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.EhcAssessments.Data;

/// <summary>
/// The one way a case changes: in a transaction holding the case's lock, so two steps on one case take turns across
/// requests and replicas; only the case's responsible LA may change it; saved only when the change says it changed.
/// </summary>
public static class CaseChanges
{
    public static Task<EhcCase> ChangeCaseAsync(this EhcDbContext db, CallerOrganisation caller, Guid caseId, string action, Func<EhcCase, bool> change,
        CancellationToken cancellationToken) =>
        db.InTransactionAsync(async ct =>
        {
            await db.Database.LockAsync($"ehc-case:{caseId}", ct);
            var ehcCase = await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId, ct) ?? throw new NotFoundException("EHC case", caseId.ToString());
            caller.RequireLocalAuthorityOf(ehcCase.LaCode, action);
            if (change(ehcCase)) await db.SaveChangesAsync(ct);
            return ehcCase;
        }, cancellationToken);

    /// <summary>The same, with the event that announces the change written in the same transaction, only when the case changed.</summary>
    public static Task<EhcCase> ChangeCaseAsync(this EhcDbContext db, CallerOrganisation caller, Guid caseId, string action, Func<EhcCase, bool> change,
        Func<EhcCase, IntegrationEvent> announce, CancellationToken cancellationToken) =>
        db.ChangeCaseAsync(caller, caseId, action, ehcCase =>
        {
            if (!change(ehcCase)) return false;
            db.EnqueueIntegrationEvent(announce(ehcCase));
            return true;
        }, cancellationToken);
}
