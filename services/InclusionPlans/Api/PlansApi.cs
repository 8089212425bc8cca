using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using SendPlatform.InclusionPlans.Application;
using SendPlatform.InclusionPlans.Data;
using SendPlatform.InclusionPlans.Domain.Compliance;
using SendPlatform.InclusionPlans.Upstream;
using SendPlatform.InclusionPlans.Domain.Plans;
using SendPlatform.ServiceDefaults.Grpc;
using Proto = SendPlatform.Contracts.Inclusion.V1;

namespace SendPlatform.InclusionPlans.Api;

/// <summary>Partnerships and their plans: each write is a use case in Application/ (SetPartnership, DraftPlan, SignOffPlan, PublishPlan).</summary>
public sealed class PlansApi(PlansDbContext db, NationalStandardsFacts standards, SetPartnership partnerships, DraftPlan drafting, SignOffPlan signingOff, PublishPlan publishing, ReadPlan reading)
    : Proto.InclusionPlans.InclusionPlansBase
{
    public override async Task<Proto.Partnership> SetPartnership(Proto.SetPartnershipRequest request, ServerCallContext context)
    {
        var v = new Violations();
        var la = PlanValidation.La(request.LaCode, v);
        var members = PlanValidation.Members(request.Members, v);
        return (await partnerships.SetAsync(context.GetCaller(), v.Checked(la), members, context.CancellationToken)).ToProto();
    }

    public override async Task<Proto.Partnership> GetPartnership(Proto.GetPartnershipRequest request, ServerCallContext context)
    {
        var v = new Violations();
        var la = v.Checked(PlanValidation.La(request.LaCode, v));
        return (await db.PartnershipAsync(la, context.CancellationToken) ?? throw new NotFoundException("Partnership of LA", la)).ToProto();
    }

    public override async Task<Proto.Plan> CreatePlan(Proto.CreatePlanRequest request, ServerCallContext context)
    {
        var v = new Violations();
        var la = PlanValidation.La(request.LaCode, v);
        var key = IdempotencyKeys.Parse(request.IdempotencyKey, v);
        var content = PlanValidation.Content(request.Content, v);
        if (la is null || content is null) throw v.Refusal();
        var facts = await CheckContentAsync(content, context, v);
        return (await drafting.CreateAsync(context.GetCaller(), la, key, content, facts, context.CancellationToken)).ToProto();
    }

    public override async Task<Proto.Plan> ReplacePlan(Proto.ReplacePlanRequest request, ServerCallContext context)
    {
        var v = new Violations();
        var la = PlanValidation.La(request.LaCode, v);
        var id = PlanValidation.Id(request.Id, v);
        if (request.ExpectedRevision < 0) v.Add("expected_revision", "must not be negative");
        var content = PlanValidation.Content(request.Content, v);
        if (la is null || id is not { } planId || content is null) throw v.Refusal();
        var facts = await CheckContentAsync(content, context, v);
        return (await drafting.ReplaceAsync(context.GetCaller(), la, planId, content, facts, request.ExpectedRevision, context.CancellationToken)).ToProto();
    }

    public override async Task<Proto.Plan> SignOffPlan(Proto.SignOffPlanRequest request, ServerCallContext context)
    {
        var v = new Violations();
        var la = PlanValidation.La(request.LaCode, v);
        var id = PlanValidation.Id(request.Id, v);
        var organisation = PlanValidation.Text(request.OrganisationId, "organisation_id", 100, v);
        var signedBy = PlanValidation.Text(request.SignedBy, "signed_by", 200, v);
        if (request.Revision < 1) v.Add("revision", "is the revision signed off (1 or more)");
        if (la is null || id is not { } planId || organisation is null || signedBy is null || v.Any) throw v.Refusal();
        return (await signingOff.SignOffAsync(context.GetCaller(), la, planId, organisation, signedBy, request.Revision, context.CancellationToken)).ToProto();
    }

    public override async Task<Proto.Plan> PublishPlan(Proto.PublishPlanRequest request, ServerCallContext context)
    {
        var (la, id) = Address(request.LaCode, request.Id);
        return (await publishing.PublishAsync(context.GetCaller(), la, id, context.OnBehalfOfCaller(), context.CancellationToken)).ToProto();
    }

    public override async Task<Proto.Plan> GetPlan(Proto.GetPlanRequest request, ServerCallContext context)
    {
        var (la, id) = Address(request.LaCode, request.Id);
        return (await reading.ReadAsync(context.GetCaller(), la, id, context.CancellationToken)).ToProto();
    }

    public override async Task<Proto.Compliance> GetCompliance(Proto.GetComplianceRequest request, ServerCallContext context)
    {
        var (la, id) = Address(request.LaCode, request.Id);
        var (plan, findings) = await reading.ComplianceAsync(context.GetCaller(), la, id, context.OnBehalfOfCaller(), context.CancellationToken);
        return findings.ToProto(plan);
    }

    public override async Task<Proto.ListPlansResponse> ListPlans(Proto.ListPlansRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var v = new Violations();
        var la = PlanValidation.La(request.LaCode, v);
        if (request.Status != Proto.PlanStatus.Unspecified && !Enum.IsDefined((PlanStatus)(int)request.Status)) v.Add("status", "is not a plan status");
        var paging = Paging.From(request.Page, v);
        var before = paging.SequenceKey(v);
        var laCode = v.Checked(la);

        var query = db.Plans.AsNoTracking().Where(p => p.LaCode == laCode);
        if (!await reading.MayReadDraftsAsync(caller, laCode, context.CancellationToken)) query = query.Where(p => p.Status != PlanStatus.Draft);
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

    /// <summary>
    /// Adds what the content breaks against the standards version it names (asked of national-standards with the
    /// caller's token) to the request's other problems, and refuses them all together; else that version's facts.
    /// </summary>
    private async Task<StandardsFacts> CheckContentAsync(PlanContent content, ServerCallContext context, Violations v)
    {
        var call = context.OnBehalfOfCaller();
        var facts = await standards.FindAsync(content.StandardsVersion, call);
        if (facts is null)
        {
            v.Add("content.standards_version", $"'{content.StandardsVersion}' is not a published national standards version");
            throw v.Refusal();
        }
        PlanContentRules.Check(content, facts, await standards.ProvisionTypesAsync(call), v);
        v.ThrowIfAny();
        return facts;
    }

    /// <summary>A plan's address: its LA and its id, both well-formed.</summary>
    private static (string La, Guid Id) Address(string laText, string idText)
    {
        var v = new Violations();
        var la = PlanValidation.La(laText, v);
        var id = PlanValidation.Id(idText, v);
        if (la is null || id is not { } planId) throw v.Refusal();
        return (la, planId);
    }
}
