using Grpc.Core;
using SendPlatform.EhcAssessments.Application;
using SendPlatform.EhcAssessments.Domain.Cases;
using SendPlatform.ServiceDefaults.Grpc;
using Proto = SendPlatform.Contracts.Ehcp.V1;

namespace SendPlatform.EhcAssessments.Api;

/// <summary>Requests for assessment, the LA's decisions, and reading cases (see RequestAssessment, DecideAssessment, ReadCase, ListCases).</summary>
public sealed class CasesApi(RequestAssessment requesting, DecideAssessment deciding, ReadCase reading, ListCases listing, TimeProvider clock)
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
        return (await reading.ReadAsync(context.GetCaller(), id, context.CancellationToken)).ToProto(clock.TodayInEngland());
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
}
