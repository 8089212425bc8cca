using System.Globalization;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using SendPlatform.EhcAssessments.Domain.Plans;
using SendPlatform.EhcAssessments.Domain.Timescales;
using SendPlatform.ServiceDefaults.Grpc;
using Proto = SendPlatform.Contracts.Ehcp.V1;
using Standards = SendPlatform.Contracts.Standards.V1;

namespace SendPlatform.EhcAssessments.Api;

/// <summary>A kept plan version → wire: the content as the template's message, the checker's findings as it gave them.</summary>
public static class PlanVersionMapping
{
    public static Proto.PlanVersion ToProto(this PlanVersion v)
    {
        var proto = new Proto.PlanVersion
        {
            CaseId = v.CaseId.ToString(),
            Number = v.Number,
            Kind = (Proto.PlanKind)(int)v.Kind,
            IssuedOn = WireFormats.Date(v.IssuedOn),
            Plan = JsonParser.Default.Parse<Standards.EhcPlan>(v.Content),
            Findings = { v.Findings.Select(f => new Standards.EhcPlanFinding { Section = f.Section, Code = f.Code, Message = f.Message, Path = f.Path }) },
            StandardsVersion = v.StandardsVersion ?? "",
            RepresentationsDueOn = v.Kind == PlanKind.Draft ? WireFormats.Date(StatutoryPeriods.DraftRepresentations.EndsOn(v.IssuedOn)) : "",
            RecordedAt = Timestamp.FromDateTimeOffset(v.RecordedAt),
            RecordedBy = v.RecordedBy,
        };
        if (v.TopUp is { } t)
        {
            proto.TopUp = new Proto.PlanTopUp
            {
                Band = t.Band, ProvisionType = t.ProvisionType, FinancialYear = t.FinancialYear, FrameworkId = t.FrameworkId, AnnualTariffPence = t.AnnualTariffPence,
                AreaCostAdjustment = t.AreaCostAdjustment.ToString(CultureInfo.InvariantCulture), AnnualTopUpPence = t.AnnualTopUpPence,
            };
        }
        return proto;
    }
}
