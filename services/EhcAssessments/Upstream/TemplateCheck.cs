using Google.Protobuf;
using Grpc.Core;
using SendPlatform.Contracts.Standards.V1;
using SendPlatform.EhcAssessments.Domain.Plans;

namespace SendPlatform.EhcAssessments.Upstream;

/// <summary>
/// national-standards' checker of the standard EHC plan template, asked over gRPC with the caller's token and deadline.
/// It stores nothing. If it cannot be reached the caller gets its UNAVAILABLE: a plan is never kept unchecked.
/// </summary>
public sealed class TemplateCheck(EhcPlans.EhcPlansClient checker)
{
    public async Task<(IReadOnlyList<PlanFinding> Findings, string? StandardsVersion)> CheckAsync(string planJson, CallOptions call)
    {
        var plan = JsonParser.Default.Parse<EhcPlan>(planJson);
        var answer = await checker.ValidateEhcPlanAsync(new ValidateEhcPlanRequest { Plan = plan }, call);
        var findings = answer.Findings.Select(f => new PlanFinding(f.Section, f.Code, f.Message, f.Path)).ToList();
        return (findings, answer.StandardsVersion.Length == 0 ? null : answer.StandardsVersion);
    }
}
