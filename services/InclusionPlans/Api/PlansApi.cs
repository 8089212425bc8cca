using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.InclusionPlans.Data;
using SendPlatform.InclusionPlans.Domain.Compliance;
using SendPlatform.InclusionPlans.Domain.Partnerships;
using SendPlatform.InclusionPlans.Domain.Plans;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ServiceDefaults.Errors;
using SendPlatform.ServiceDefaults.Grpc;
using SendPlatform.ServiceDefaults.Identifiers;
using SendPlatform.ServiceDefaults.Identity;
using SendPlatform.ServiceDefaults.Messaging;
using Proto = SendPlatform.Contracts.Inclusion.V1;
using SendPlatform.InclusionPlans.Upstream;

namespace SendPlatform.InclusionPlans.Api;

/// <summary>
/// Partnerships and their plans. Content is checked against the national standards version it names (asked of
/// national-standards with the caller's token); publishing takes the area's lock, so two publishes cannot both
/// supersede the same plan.
/// </summary>
public sealed class PlansApi(PlansDbContext db, NationalStandardsFacts standards, TimeProvider clock) : Proto.InclusionPlans.InclusionPlansBase
{
    public override async Task<Proto.Partnership> SetPartnership(Proto.SetPartnershipRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var v = new Violations();
        var la = PlanValidation.La(request.LaCode, v);
        var members = PlanValidation.Members(request.Members, v);
        v.ThrowIfAny();
        caller.RequireLocalAuthorityOf(la!, "set its partnership");

        var partnership = await db.InTransactionAsync(async ct =>
        {
            await db.Database.LockAsync(AreaLock(la!), ct);
            var existing = await db.Partnerships.SingleOrDefaultAsync(p => p.LaCode == la, ct);
            if (existing is null) db.Partnerships.Add(existing = Partnership.Create(la!));
            existing.Set(members, caller.OrgId, clock.GetStorageNow());
            await db.SaveChangesAsync(ct);
            return existing;
        }, context.CancellationToken);
        return partnership.ToProto();
    }

    public override async Task<Proto.Partnership> GetPartnership(Proto.GetPartnershipRequest request, ServerCallContext context)
    {
        var v = new Violations();
        var la = PlanValidation.La(request.LaCode, v);
        v.ThrowIfAny();
        return (await PartnershipAsync(la!, context.CancellationToken) ?? throw new NotFoundException("Partnership of LA", la!)).ToProto();
    }

    public override async Task<Proto.Plan> CreatePlan(Proto.CreatePlanRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var v = new Violations();
        var la = PlanValidation.La(request.LaCode, v);
        var key = IdempotencyKeys.Parse(request.IdempotencyKey, v);
        var content = PlanValidation.Content(request.Content, v);
        if (la is null || content is null) v.ThrowIfAny();
        caller.RequireLocalAuthorityOf(la!, "draft its inclusion plans");
        var plan = await db.CreateOnceAsync(key, (k, ct) => FirstAsync(caller, k, ct), async ct =>
        {
            await CheckContentAsync(content!, context, v);
            var draft = InclusionPlan.Draft(la!, content!, caller.OrgId, key, clock.GetStorageNow());
            db.Plans.Add(draft);
            await db.SaveChangesAsync(ct);
            return draft;
        }, context.CancellationToken);
        return plan.ToProto();
    }

    public override async Task<Proto.Plan> ReplacePlan(Proto.ReplacePlanRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var v = new Violations();
        var la = PlanValidation.La(request.LaCode, v);
        var id = PlanValidation.Id(request.Id, v);
        var content = PlanValidation.Content(request.Content, v);
        if (request.ExpectedRevision < 0) v.Add("expected_revision", "must not be negative");
        if (la is null || id is null || content is null) v.ThrowIfAny();
        caller.RequireLocalAuthorityOf(la!, "change its inclusion plans");
        var plan = await PlanAsync(la!, id!.Value, tracked: true, context.CancellationToken);
        await CheckContentAsync(content!, context, v);
        plan.Replace(content!, request.ExpectedRevision, caller.OrgId, clock.GetStorageNow());
        await SaveOrRefuseAsync(context.CancellationToken);
        return plan.ToProto();
    }

    public override async Task<Proto.Plan> SignOffPlan(Proto.SignOffPlanRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var v = new Violations();
        var la = PlanValidation.La(request.LaCode, v);
        var id = PlanValidation.Id(request.Id, v);
        var organisation = PlanValidation.Text(request.OrganisationId, "organisation_id", 100, v);
        var signedBy = PlanValidation.Text(request.SignedBy, "signed_by", 200, v);
        if (request.Revision < 1) v.Add("revision", "is the revision signed off (1 or more)");
        v.ThrowIfAny();

        var partnership = await PartnershipAsync(la!, context.CancellationToken)
            ?? throw new DomainRuleException($"LA {la} has no partnership yet: set it before plans are signed off.");
        var member = partnership.Member(organisation!)
            ?? throw new RequestValidationException([new FieldViolation("organisation_id", $"'{organisation}' is not a member of LA {la}'s partnership")]);
        if (!caller.IsLocalAuthorityOf(la!) && !PlanTenancy.Presents(caller, member))
            throw new PermissionDeniedException($"Only local authority {la} or the member itself may record {member.Name}'s sign-off.");
        var plan = await PlanAsync(la!, id!.Value, tracked: true, context.CancellationToken);
        plan.RecordSignOff(member, signedBy!, request.Revision, caller.OrgId, clock.GetStorageNow());
        await SaveOrRefuseAsync(context.CancellationToken);
        return plan.ToProto();
    }

    public override async Task<Proto.Plan> PublishPlan(Proto.PublishPlanRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var v = new Violations();
        var la = PlanValidation.La(request.LaCode, v);
        var id = PlanValidation.Id(request.Id, v);
        v.ThrowIfAny();
        caller.RequireLocalAuthorityOf(la!, "publish its inclusion plans");
        var draft = await PlanAsync(la!, id!.Value, tracked: false, context.CancellationToken);
        var facts = await FactsAsync(draft.Content.StandardsVersion, context);

        var published = await db.InTransactionAsync(async ct =>
        {
            await db.Database.LockAsync(AreaLock(la!), ct);
            var plan = await PlanAsync(la!, id.Value, tracked: true, ct);
            var now = clock.GetStorageNow();
            plan.Publish(ComplianceCheck.Evaluate(plan.Content, facts, clock.TodayInEngland()), caller.OrgId, now);
            var previous = await db.Plans.Where(p => p.LaCode == la && (p.Status == PlanStatus.Published || p.Status == PlanStatus.NeedsReview))
                .ToListAsync(ct);
            foreach (var old in previous) old.Supersede(now);
            db.EnqueueIntegrationEvent(new InclusionPlanPublished(plan.Id, plan.LaCode, plan.Content.PeriodStartYear, plan.Content.PeriodEndYear,
                plan.Content.StandardsVersion, previous.Select(p => (Guid?)p.Id).FirstOrDefault(), now) { OccurredAt = now });
            await db.SaveChangesAsync(ct);
            return plan;
        }, context.CancellationToken);
        return published.ToProto();
    }

    public override async Task<Proto.Plan> GetPlan(Proto.GetPlanRequest request, ServerCallContext context) =>
        (await ReadableAsync(request.LaCode, request.Id, context)).ToProto();

    public override async Task<Proto.Compliance> GetCompliance(Proto.GetComplianceRequest request, ServerCallContext context)
    {
        var plan = await ReadableAsync(request.LaCode, request.Id, context);
        var facts = await FactsAsync(plan.Content.StandardsVersion, context);
        return ComplianceCheck.Evaluate(plan.Content, facts, clock.TodayInEngland()).ToProto(plan);
    }

    public override async Task<Proto.ListPlansResponse> ListPlans(Proto.ListPlansRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var v = new Violations();
        var la = PlanValidation.La(request.LaCode, v);
        if (request.Status != Proto.PlanStatus.Unspecified && !Enum.IsDefined((PlanStatus)(int)request.Status)) v.Add("status", "is not a plan status");
        var paging = Paging.From(request.Page, v);
        var before = paging.SequenceKey(v);
        v.ThrowIfAny();

        var query = db.Plans.AsNoTracking().Where(p => p.LaCode == la);
        var mayReadDrafts = PlanTenancy.MayReadDrafts(caller, la!, await PartnershipAsync(la!, context.CancellationToken));
        if (!mayReadDrafts) query = query.Where(p => p.Status != PlanStatus.Draft);
        if (request.Status != Proto.PlanStatus.Unspecified)
        {
            var status = (PlanStatus)(int)request.Status;
            query = query.Where(p => p.Status == status);
        }
        var total = await query.CountAsync(context.CancellationToken);
        if (before is { } b) query = query.Where(p => p.Sequence < b);
        var rows = await query.OrderByDescending(p => p.Sequence).Take(paging.PageSize + 1).ToListAsync(context.CancellationToken);
        var page = paging.Respond(rows, p => p.Sequence.ToString(), total);
        return new Proto.ListPlansResponse { Plans = { rows.Select(p => p.ToSummary()) }, Page = page };
    }

    private static string AreaLock(string laCode) => $"inclusion-plans:{laCode}";

    /// <summary>Adds what the content breaks against its standards version to the request's other problems, and refuses them all together.</summary>
    private async Task CheckContentAsync(PlanContent content, ServerCallContext context, Violations v)
    {
        var call = context.OnBehalfOfCaller();
        var facts = await standards.FindAsync(content.StandardsVersion, call);
        if (facts is null)
        {
            v.Add("content.standards_version", $"'{content.StandardsVersion}' is not a published national standards version");
            v.ThrowIfAny();
        }
        PlanContentRules.Check(content, facts!, await standards.ProvisionTypesAsync(call), v);
        v.ThrowIfAny();
    }

    private async Task<StandardsFacts> FactsAsync(string version, ServerCallContext context) =>
        await standards.FindAsync(version, context.OnBehalfOfCaller())
        ?? throw new DomainRuleException($"National standards {version} can no longer be read from national-standards.");

    private async Task<InclusionPlan> ReadableAsync(string laText, string idText, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var v = new Violations();
        var la = PlanValidation.La(laText, v);
        var id = PlanValidation.Id(idText, v);
        v.ThrowIfAny();
        var plan = await PlanAsync(la!, id!.Value, tracked: false, context.CancellationToken);
        PlanTenancy.RequireMayRead(caller, plan, plan.IsPublic ? null : await PartnershipAsync(la!, context.CancellationToken));
        return plan;
    }

    // A plan is addressed under its LA: another area's id is simply not found there.
    private async Task<InclusionPlan> PlanAsync(string laCode, Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var plans = tracked ? db.Plans : db.Plans.AsNoTracking();
        return await plans.SingleOrDefaultAsync(p => p.Id == id && p.LaCode == laCode, cancellationToken)
            ?? throw new NotFoundException($"Inclusion plan of LA {laCode}", id.ToString());
    }

    private Task<Partnership?> PartnershipAsync(string laCode, CancellationToken cancellationToken) =>
        db.Partnerships.AsNoTracking().SingleOrDefaultAsync(p => p.LaCode == laCode, cancellationToken);

    private Task<InclusionPlan?> FirstAsync(CallerOrganisation caller, string key, CancellationToken cancellationToken) =>
        db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.CreatedBy == caller.OrgId && p.IdempotencyKey == key, cancellationToken);

    private async Task SaveOrRefuseAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainRuleException("The plan was changed by someone else meanwhile: read it again and retry.");
        }
    }
}
