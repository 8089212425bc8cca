using Grpc.Core;
using SendPlatform.EhcAssessments.Application;
using SendPlatform.ServiceDefaults.Grpc;
using Proto = SendPlatform.Contracts.Ehcp.V1;

namespace SendPlatform.EhcAssessments.Api;

/// <summary>Mediation, appeals and their outcomes on a case (see RecordMediation, RegisterAppeal, RecordAppealOutcome).</summary>
public sealed class RedressApi(RecordMediation mediating, RegisterAppeal appealing, RecordAppealOutcome deciding, TimeProvider clock)
    : Proto.EhcRedress.EhcRedressBase
{
    public override async Task<Proto.EhcCase> RecordMediation(Proto.RecordMediationRequest request, ServerCallContext context)
    {
        var today = clock.TodayInEngland();
        var v = new Violations();
        var id = CaseValidation.CaseId(request.Id, v);
        var subject = RedressValidation.Subject(request.Subject, v);
        var facts = v.Checked(RedressValidation.Mediation(request, today, v));
        return (await mediating.RecordAsync(context.GetCaller(), id, subject, facts, context.CancellationToken)).ToProto(today);
    }

    public override async Task<Proto.EhcCase> RegisterAppeal(Proto.RegisterAppealRequest request, ServerCallContext context)
    {
        var today = clock.TodayInEngland();
        var v = new Violations();
        var id = CaseValidation.CaseId(request.Id, v);
        var subject = RedressValidation.Subject(request.Subject, v);
        var (on, reference) = RedressValidation.Appeal(request, today, v);
        v.ThrowIfAny();
        return (await appealing.RegisterAsync(context.GetCaller(), id, subject, on, reference, context.CancellationToken)).ToProto(today);
    }

    public override async Task<Proto.EhcCase> RecordAppealOutcome(Proto.RecordAppealOutcomeRequest request, ServerCallContext context)
    {
        var today = clock.TodayInEngland();
        var v = new Violations();
        var id = CaseValidation.CaseId(request.Id, v);
        var subject = RedressValidation.Subject(request.Subject, v);
        var (outcome, on) = RedressValidation.Outcome(request, today, v);
        v.ThrowIfAny();
        return (await deciding.RecordAsync(context.GetCaller(), id, subject, outcome, on, context.CancellationToken)).ToProto(today);
    }
}
