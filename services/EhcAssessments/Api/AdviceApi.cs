using Grpc.Core;
using SendPlatform.EhcAssessments.Application;
using SendPlatform.EhcAssessments.Domain.Advice;
using SendPlatform.ServiceDefaults.Grpc;
using Proto = SendPlatform.Contracts.Ehcp.V1;

namespace SendPlatform.EhcAssessments.Api;

/// <summary>Advice for an assessment, asked for and received (see RequestAdvice, RecordAdviceReceived).</summary>
public sealed class AdviceApi(RequestAdvice requesting, RecordAdviceReceived recording, TimeProvider clock) : Proto.EhcAdvice.EhcAdviceBase
{
    public override async Task<Proto.EhcCase> RequestAdvice(Proto.RequestAdviceRequest request, ServerCallContext context)
    {
        var today = clock.TodayInEngland();
        var v = new Violations();
        var id = CaseValidation.CaseId(request.Id, v);
        var kind = Kind(request.Kind, v);
        var on = CaseValidation.Day(request.RequestedOn, "requested_on", today, v, required: true) ?? default;
        v.ThrowIfAny();
        return (await requesting.RequestAsync(context.GetCaller(), id, kind, on, context.CancellationToken)).ToProto(today);
    }

    public override async Task<Proto.EhcCase> RecordAdviceReceived(Proto.RecordAdviceReceivedRequest request, ServerCallContext context)
    {
        var today = clock.TodayInEngland();
        var v = new Violations();
        var id = CaseValidation.CaseId(request.Id, v);
        var kind = Kind(request.Kind, v);
        var on = CaseValidation.Day(request.ReceivedOn, "received_on", today, v, required: true) ?? default;
        v.ThrowIfAny();
        return (await recording.RecordAsync(context.GetCaller(), id, kind, on, context.CancellationToken)).ToProto(today);
    }

    private static AdviceKind Kind(Proto.AdviceKind wire, Violations v)
    {
        var kind = (AdviceKind)(int)wire;
        if (!Enum.IsDefined(kind)) v.Add("kind", "must be one of the AdviceKind values, e.g. EDUCATIONAL");
        return kind;
    }

}
