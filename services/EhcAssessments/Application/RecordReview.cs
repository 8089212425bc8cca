using SendPlatform.EhcAssessments.Data;
using SendPlatform.EhcAssessments.Domain.Cases;
using SendPlatform.EhcAssessments.Events;
using SendPlatform.ServiceDefaults.Database;

namespace SendPlatform.EhcAssessments.Application;

/// <summary>The responsible LA recording a review of the plan and its decision; the review and AnnualReviewCompleted commit together.</summary>
public sealed class RecordReview(EhcDbContext db, TimeProvider clock)
{
    public Task<EhcCase> RecordAsync(CallerOrganisation caller, Guid caseId, AnnualReview review, CancellationToken cancellationToken) =>
        db.ChangeCaseAsync(caller, caseId, "review this case's plan", ehcCase => ehcCase.RecordReview(review),
            ehcCase => EhcCaseEvents.Reviewed(ehcCase, review, clock.GetStorageNow()), cancellationToken);
}
