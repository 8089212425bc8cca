using Grpc.Core;
using SendPlatform.EhcAssessments.Application;
using SendPlatform.EhcAssessments.Domain.Cases;
using SendPlatform.EhcAssessments.Domain.Plans;
using SendPlatform.EhcAssessments.Domain.Timescales;
using SendPlatform.ServiceDefaults.Grpc;
using Proto = SendPlatform.Contracts.Ehcp.V1;

namespace SendPlatform.EhcAssessments.Api;

/// <summary>
/// Requests for assessment, the LA's decisions, exceptions, plans, and reading cases (see RequestAssessment,
/// DecideAssessment, RecordException, DecideToIssue, IssuePlan, RecordReview, SetSchoolSystem, DecideToCease, CeasePlan, TransferPlan, DecideOnReassessment, ReadCase,
/// ReadPlanVersion, ListCases).
/// </summary>
public sealed class CasesApi(RequestAssessment requesting, DecideAssessment deciding, RecordException excepting, DecideToIssue decidingToIssue,
    IssuePlan issuing, RecordReview reviewing, SetSchoolSystem settingSchools, DecideToCease decidingToCease, CeasePlan ceasing, TransferPlan transferring, DecideOnReassessment decidingReassessment, ReadCase reading,
    ReadPlanVersion readingPlans, ListCases listing, TimeProvider clock)
    : Proto.EhcCases.EhcCasesBase
{
    public override async Task<Proto.EhcCase> RequestAssessment(Proto.RequestAssessmentRequest request, ServerCallContext context)
    {
        var today = clock.TodayInEngland();
        var v = new Violations();
        var key = IdempotencyKeys.Parse(request.IdempotencyKey, v);
        var assessmentRequest = v.Checked(CaseValidation.Request(request, today, v));
        return (await requesting.RequestAsync(context.GetCaller(), key, assessmentRequest, context.CancellationToken)).ToProto(today);
    }

    public override async Task<Proto.EhcCase> GetCase(Proto.GetCaseRequest request, ServerCallContext context)
    {
        var v = new Violations();
        var id = CaseValidation.CaseId(request.Id, v);
        v.ThrowIfAny();
        var read = await reading.ReadAsync(context.GetCaller(), id, context.CancellationToken);
        return read.Case.ToProto(clock.TodayInEngland(), read.ShowsRedress);
    }

    public override async Task<Proto.ListCasesResponse> ListCases(Proto.ListCasesRequest request, ServerCallContext context)
    {
        var v = new Violations();
        if (!LaCode.TryParse(request.LaCode, out var la, out var reason)) v.Add("la_code", reason);
        var stage = (CaseStage)(int)request.Stage;
        if (request.Stage != Proto.CaseStage.Unspecified && !Enum.IsDefined(stage)) v.Add("stage", "is not a case stage");
        var paging = Paging.From(request.Page, v);
        var before = paging.SequenceKey(v);
        var laCode = v.Checked(la).Value;
        var filter = new CaseFilter(laCode, request.Stage == Proto.CaseStage.Unspecified ? null : stage, request.OverdueOnly, paging.PageSize, before);
        var (cases, total) = await listing.ListAsync(context.GetCaller(), filter, context.CancellationToken);
        var page = paging.Respond(cases, c => c.Sequence.ToString(), total);
        var today = clock.TodayInEngland();
        return new Proto.ListCasesResponse { Cases = { cases.Select(c => c.ToProto(today)) }, Page = page };
    }

    public override async Task<Proto.EhcCase> DecideAssessment(Proto.DecideAssessmentRequest request, ServerCallContext context)
    {
        var today = clock.TodayInEngland();
        var v = new Violations();
        var id = CaseValidation.CaseId(request.Id, v);
        var (decision, on, reason) = CaseValidation.Decision(request, today, v);
        v.ThrowIfAny();
        return (await deciding.DecideAsync(context.GetCaller(), id, decision, on, reason, context.CancellationToken)).ToProto(today);
    }

    public override async Task<Proto.EhcCase> RecordException(Proto.RecordExceptionRequest request, ServerCallContext context)
    {
        var today = clock.TodayInEngland();
        var v = new Violations();
        var id = CaseValidation.CaseId(request.Id, v);
        var exception = v.Checked(CaseValidation.Exception(request, today, v));
        return (await excepting.RecordAsync(context.GetCaller(), id, exception, context.CancellationToken)).ToProto(today);
    }

    public override async Task<Proto.EhcCase> DecideToIssue(Proto.DecideToIssueRequest request, ServerCallContext context)
    {
        var today = clock.TodayInEngland();
        var v = new Violations();
        var id = CaseValidation.CaseId(request.Id, v);
        var (decision, on, reason) = CaseValidation.Decision(request, today, v);
        v.ThrowIfAny();
        return (await decidingToIssue.DecideAsync(context.GetCaller(), id, decision, on, reason, context.CancellationToken)).ToProto(today);
    }

    public override Task<Proto.EhcCase> IssueDraftPlan(Proto.IssuePlanRequest request, ServerCallContext context) => IssueAsync(request, PlanKind.Draft, context);

    public override Task<Proto.EhcCase> IssueFinalPlan(Proto.IssuePlanRequest request, ServerCallContext context) => IssueAsync(request, PlanKind.Final, context);

    public override Task<Proto.EhcCase> IssueAmendedPlan(Proto.IssuePlanRequest request, ServerCallContext context) => IssueAsync(request, PlanKind.Amended, context);

    public override async Task<Proto.EhcCase> RecordReview(Proto.RecordReviewRequest request, ServerCallContext context)
    {
        var today = clock.TodayInEngland();
        var v = new Violations();
        var id = CaseValidation.CaseId(request.Id, v);
        var review = v.Checked(CaseValidation.Review(request, today, v));
        return (await reviewing.RecordAsync(context.GetCaller(), id, review, context.CancellationToken)).ToProto(today);
    }

    public override async Task<Proto.EhcCase> SetSchoolSystem(Proto.SetSchoolSystemRequest request, ServerCallContext context)
    {
        var v = new Violations();
        var id = CaseValidation.CaseId(request.Id, v);
        var system = (SchoolSystem)(int)request.SchoolSystem;
        if (!Enum.IsDefined(system)) v.Add("school_system", "must be one of the SchoolSystem values, e.g. INFANT_JUNIOR");
        v.ThrowIfAny();
        return (await settingSchools.SetAsync(context.GetCaller(), id, system, context.CancellationToken)).ToProto(clock.TodayInEngland());
    }

    public override async Task<Proto.EhcCase> DecideToCease(Proto.DecideToCeaseRequest request, ServerCallContext context)
    {
        var today = clock.TodayInEngland();
        var v = new Violations();
        var id = CaseValidation.CaseId(request.Id, v);
        var (on, reason) = CaseValidation.DecisionToCease(request, today, v);
        v.ThrowIfAny();
        return (await decidingToCease.DecideAsync(context.GetCaller(), id, on, reason, context.CancellationToken)).ToProto(today);
    }

    public override async Task<Proto.EhcCase> CeasePlan(Proto.CeasePlanRequest request, ServerCallContext context)
    {
        var today = clock.TodayInEngland();
        var v = new Violations();
        var id = CaseValidation.CaseId(request.Id, v);
        var (on, reason) = CaseValidation.Cessation(request, today, v);
        v.ThrowIfAny();
        return (await ceasing.CeaseAsync(context.GetCaller(), id, on, reason, context.CancellationToken)).ToProto(today);
    }

    public override async Task<Proto.EhcCase> TransferPlan(Proto.TransferPlanRequest request, ServerCallContext context)
    {
        var today = clock.TodayInEngland();
        var v = new Violations();
        var id = CaseValidation.CaseId(request.Id, v);
        var (toLaCode, on) = CaseValidation.Transfer(request, today, v);
        v.ThrowIfAny();
        return (await transferring.TransferAsync(context.GetCaller(), id, toLaCode, on, context.CancellationToken)).ToProto(today);
    }

    public override async Task<Proto.EhcCase> DecideOnReassessment(Proto.DecideOnReassessmentRequest request, ServerCallContext context)
    {
        var today = clock.TodayInEngland();
        var v = new Violations();
        var id = CaseValidation.CaseId(request.Id, v);
        var on = WireFormats.Date(request.DecidedOn, "decided_on", v, required: true);
        if (on > today) v.Add("decided_on", "must not be in the future");
        v.ThrowIfAny();
        return (await decidingReassessment.DecideAsync(context.GetCaller(), id, request.Reassess, on!.Value, context.CancellationToken)).ToProto(today);
    }

    public override async Task<Proto.PlanVersion> GetPlanVersion(Proto.GetPlanVersionRequest request, ServerCallContext context)
    {
        var v = new Violations();
        var id = CaseValidation.CaseId(request.Id, v);
        if (request.Number < 1) v.Add("number", "must be a version number from 1");
        v.ThrowIfAny();
        return (await readingPlans.ReadAsync(context.GetCaller(), id, request.Number, context.CancellationToken)).ToProto();
    }

    private async Task<Proto.EhcCase> IssueAsync(Proto.IssuePlanRequest request, PlanKind kind, ServerCallContext context)
    {
        var today = clock.TodayInEngland();
        var v = new Violations();
        var id = CaseValidation.CaseId(request.Id, v);
        var (plan, issuedOn, respondedOn) = CaseValidation.Plan(request, kind, today, v);
        v.ThrowIfAny();
        var issued = await issuing.IssueAsync(context.GetCaller(), id, kind, plan!, issuedOn, respondedOn, context.OnBehalfOfCaller(), context.CancellationToken);
        return issued.ToProto(today);
    }
}
