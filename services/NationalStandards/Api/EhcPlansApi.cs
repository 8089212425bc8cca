using Grpc.Core;
using SendPlatform.NationalStandards.Data;
using SendPlatform.NationalStandards.Domain.EhcPlans;
using SendPlatform.NationalStandards.Domain.Standards;
using Proto = SendPlatform.Contracts.Standards.V1;

namespace SendPlatform.NationalStandards.Api;

/// <summary>Checks a plan against the template and the standards in force. Plans hold personal data: nothing is stored or logged.</summary>
public sealed class EhcPlansApi(ReferenceCatalogueStore catalogueStore, CurrentStandardsReader currentStandards) : Proto.EhcPlans.EhcPlansBase
{
    public override async Task<Proto.ValidateEhcPlanResponse> ValidateEhcPlan(Proto.ValidateEhcPlanRequest request, ServerCallContext context)
    {
        if (request.Plan is null) throw new RequestValidationException([new FieldViolation("plan", "is required")]);

        var catalogue = await catalogueStore.GetAsync(context.CancellationToken);
        var inForce = await currentStandards.FindAsync(context.CancellationToken);
        var matches = inForce?.Content.ProvisionMatches.Select(m => new ProvisionNeedMatch(m.ProvisionType, m.NeedCodes.ToList())).ToList();
        var content = matches is null ? null : new StandardsSetContent(inForce!.Content.Title, [], [], matches);

        var findings = EhcPlanChecker.Check(request.Plan.ToDomain(), catalogue, content);
        return new Proto.ValidateEhcPlanResponse
        {
            Compliant = findings.Count == 0,
            Findings = { findings.Select(f => f.ToProto()) },
            StandardsVersion = inForce?.Version ?? "",
        };
    }
}
