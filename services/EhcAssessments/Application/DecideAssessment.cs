using Microsoft.EntityFrameworkCore;
using SendPlatform.EhcAssessments.Data;
using SendPlatform.EhcAssessments.Domain.Cases;
using SendPlatform.EhcAssessments.Events;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.EhcAssessments.Application;

/// <summary>
/// The responsible LA deciding whether to assess. Decisions on one case take turns on its lock, so two cannot both be
/// recorded; the decision and AssessmentDecided commit together, and a repeat of the recorded decision publishes nothing.
/// </summary>
public sealed class DecideAssessment(EhcDbContext db, TimeProvider clock)
{
    public Task<EhcCase> DecideAsync(CallerOrganisation caller, Guid caseId, AssessmentDecision decision, DateOnly on, string? reason, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async ct =>
        {
            await db.Database.LockAsync($"ehc-case:{caseId}", ct);
            var ehcCase = await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId, ct) ?? throw new NotFoundException("EHC case", caseId.ToString());
            caller.RequireLocalAuthorityOf(ehcCase.LaCode, "decide whether to assess");
            if (ehcCase.DecideAssessment(decision, on, reason))
            {
                db.EnqueueIntegrationEvent(EhcCaseEvents.Decided(ehcCase, clock.GetStorageNow()));
                await db.SaveChangesAsync(ct);
            }
            return ehcCase;
        }, cancellationToken);
}
