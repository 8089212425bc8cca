using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using SendPlatform.EhcAssessments.Data;
using SendPlatform.EhcAssessments.Domain.Cases;
using SendPlatform.EhcAssessments.Domain.Plans;
using SendPlatform.EhcAssessments.Events;
using SendPlatform.EhcAssessments.Upstream;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.EhcAssessments.Application;

/// <summary>
/// The responsible LA serving a draft plan, issuing the final one, or issuing the plan a review amended. Who may is settled before the plan leaves the
/// service for national-standards' checker; the case's rules then decide on its lock, and the new version (with what
/// the checker found), the case and, for a plan in force, EhcPlanIssued or EhcPlanAmended commit together. A retry of the latest version
/// changes nothing.
/// </summary>
public sealed class IssuePlan(EhcDbContext db, TemplateCheck template, TopUpPricing pricing, TimeProvider clock)
{
    public async Task<EhcCase> IssueAsync(CallerOrganisation caller, Guid caseId, PlanKind kind, PlanDocument plan, DateOnly issuedOn, DateOnly? familyRespondedOn,
        CallOptions call, CancellationToken cancellationToken)
    {
        var laCode = await db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => c.LaCode).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("EHC case", caseId.ToString());
        caller.RequireLocalAuthorityOf(laCode, "issue this case's plan");
        var (findings, standardsVersion) = await template.CheckAsync(plan.Json, call);
        // A plan in force naming a band is priced by funding-bands as it is issued, and kept with its price.
        var topUp = kind != PlanKind.Draft && plan.FundingBand is { } band
            ? await pricing.PriceAsync(laCode, plan.Facts.ProvisionType!, band, issuedOn, call)
            : null;
        return await db.ChangeCaseAsync(caller, caseId, "issue this case's plan", ehcCase =>
        {
            var (entry, created) = kind switch
            {
                PlanKind.Draft => ehcCase.IssueDraft(issuedOn, plan.Facts, findings.Count, plan.Hash),
                PlanKind.Final => ehcCase.IssueFinal(issuedOn, familyRespondedOn, plan.Facts, findings, plan.Hash),
                _ => ehcCase.IssueAmended(issuedOn, plan.Facts, findings, plan.Hash),
            };
            if (!created) return false;
            var now = clock.GetStorageNow();
            db.PlanVersions.Add(PlanVersion.Issued(caseId, entry.Number, kind, issuedOn, plan.Json, findings, standardsVersion, topUp, caller.OrgId, now));
            if (kind == PlanKind.Final) db.EnqueueIntegrationEvent(EhcCaseEvents.PlanIssued(ehcCase, now));
            if (kind == PlanKind.Amended) db.EnqueueIntegrationEvent(EhcCaseEvents.Amended(ehcCase, issuedOn, now));
            return true;
        }, cancellationToken);
    }
}
