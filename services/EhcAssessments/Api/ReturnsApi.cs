using Grpc.Core;
using SendPlatform.EhcAssessments.Application;
using SendPlatform.EhcAssessments.Domain.Returns;
using SendPlatform.ServiceDefaults.Grpc;
using Proto = SendPlatform.Contracts.Ehcp.V1;

namespace SendPlatform.EhcAssessments.Api;

/// <summary>The LA's SEN2 return, as XML and as the list of what its checks find (see BuildSen2Return).</summary>
public sealed class ReturnsApi(BuildSen2Return building, TimeProvider clock) : Proto.EhcReturns.EhcReturnsBase
{
    public override async Task<Google.Api.HttpBody> ExportSen2Return(Proto.Sen2ReturnRequest request, ServerCallContext context)
    {
        var sen2 = await BuildAsync(request, context);
        context.GetHttpContext().Response.Headers.ContentDisposition = $"attachment; filename=\"{Sen2Xml.FileName(sen2.LaCode, sen2.Period)}\"";
        return new Google.Api.HttpBody { ContentType = Sen2Xml.ContentType, Data = Google.Protobuf.ByteString.CopyFrom(Sen2Xml.Write(sen2, clock.GetUtcNow())) };
    }

    public override async Task<Proto.Sen2ReturnCheck> CheckSen2Return(Proto.Sen2ReturnRequest request, ServerCallContext context)
    {
        var sen2 = await BuildAsync(request, context);
        return new Proto.Sen2ReturnCheck
        {
            LaCode = sen2.LaCode,
            CensusDate = sen2.Period.CensusDate.ToString("yyyy-MM-dd"),
            People = sen2.People.Count,
            Requests = sen2.People.Sum(p => p.Requests.Count),
            Issues =
            {
                sen2.Issues.Select(i => new Proto.Sen2Issue
                {
                    Severity = (Proto.Sen2Severity)(int)i.Severity, Rule = i.Rule, Message = i.Message, CaseId = i.CaseId?.ToString() ?? "",
                }),
            },
        };
    }

    private Task<BuildSen2Return.Sen2Return> BuildAsync(Proto.Sen2ReturnRequest request, ServerCallContext context)
    {
        var v = new Violations();
        if (!LaCode.TryParse(request.LaCode, out var la, out var laReason)) v.Add("la_code", laReason);
        var census = WireFormats.Date(request.CensusDate, "census_date", v, required: true);
        if (census is { Month: not 1 }) v.Add("census_date", "must be in January: SEN2's census day is in January");
        else if (census > clock.TodayInEngland()) v.Add("census_date", "must not be in the future: the return reports what has happened by the census day");
        v.ThrowIfAny();
        return building.BuildAsync(context.GetCaller(), la!.Value.Value, new Sen2Period(census!.Value), context.CancellationToken);
    }
}
