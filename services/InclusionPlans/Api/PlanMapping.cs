using Google.Protobuf.WellKnownTypes;
using SendPlatform.InclusionPlans.Domain.Compliance;
using SendPlatform.InclusionPlans.Domain.Partnerships;
using SendPlatform.InclusionPlans.Domain.Plans;
using SendPlatform.ServiceDefaults.Grpc;
using Proto = SendPlatform.Contracts.Inclusion.V1;

namespace SendPlatform.InclusionPlans.Api;

public static class PlanMapping
{
    private static Timestamp? Time(DateTimeOffset? at) => at is { } t ? Timestamp.FromDateTimeOffset(t) : null;

    public static Proto.Partnership ToProto(this Partnership p) => new()
    {
        LaCode = p.LaCode,
        Members = { p.Members.Select(m => new Proto.PartnershipMember { OrganisationId = m.OrganisationId, Name = m.Name, Role = (Proto.PartnerRole)(int)m.Role }) },
        UpdatedAt = Time(p.UpdatedAt),
        UpdatedBy = p.UpdatedBy,
    };

    public static Proto.Plan ToProto(this InclusionPlan p) => new()
    {
        Id = p.Id.ToString(),
        LaCode = p.LaCode,
        Status = (Proto.PlanStatus)(int)p.Status,
        Revision = p.Revision,
        Content = p.Content.ToProto(),
        SignOffs =
        {
            p.SignOffs.Where(s => s.Revision == p.Revision).Select(s => new Proto.SignOff
            {
                OrganisationId = s.OrganisationId, Role = (Proto.PartnerRole)(int)s.Role, SignedBy = s.SignedBy, SignedAt = Time(s.SignedAt), RecordedBy = s.RecordedBy,
            }),
        },
        CreatedAt = Time(p.CreatedAt),
        UpdatedAt = Time(p.UpdatedAt),
        UpdatedBy = p.UpdatedBy,
        PublishedAt = Time(p.PublishedAt),
        NeedsReviewSince = Time(p.NeedsReviewSince),
        NeedsReviewReason = p.NeedsReviewReason ?? "",
        SupersededAt = Time(p.SupersededAt),
    };

    public static Proto.PlanSummary ToSummary(this InclusionPlan p) => new()
    {
        Id = p.Id.ToString(),
        LaCode = p.LaCode,
        Status = (Proto.PlanStatus)(int)p.Status,
        PeriodStartYear = p.Content.PeriodStartYear,
        PeriodEndYear = p.Content.PeriodEndYear,
        StandardsVersion = p.Content.StandardsVersion,
        Revision = p.Revision,
        UpdatedAt = Time(p.UpdatedAt),
        PublishedAt = Time(p.PublishedAt),
    };

    private static Proto.PlanContent ToProto(this PlanContent c) => new()
    {
        PeriodStartYear = c.PeriodStartYear,
        PeriodEndYear = c.PeriodEndYear,
        StandardsVersion = c.StandardsVersion,
        Commitments =
        {
            c.Commitments.Select(m => new Proto.Commitment
            {
                StandardCode = m.StandardCode, Actions = m.Actions, Owner = m.Owner, DueDate = WireFormats.Date(m.DueDate), Status = (Proto.Rag)(int)m.Status, Complete = m.Complete,
            }),
        },
        Sufficiency =
        {
            c.Sufficiency.Select(s => new Proto.SufficiencyLine
            {
                NeedCode = s.NeedCode, ProvisionType = s.ProvisionType, CurrentPlaces = s.CurrentPlaces, ForecastDemand = { s.ForecastDemand }, PlannedNewPlaces = { s.PlannedNewPlaces },
            }),
        },
        ApService = { c.ApService.Select(a => new Proto.ApServiceLine { Tier = (Proto.ApTier)(int)a.Tier, Places = { a.Places } }) },
    };

    public static Proto.Compliance ToProto(this IReadOnlyList<Finding> findings, InclusionPlan plan) => new()
    {
        PlanId = plan.Id.ToString(),
        Revision = plan.Revision,
        StandardsVersion = plan.Content.StandardsVersion,
        Publishable = findings.All(f => !f.Blocking),
        Findings = { findings.Select(f => new Proto.Finding { Kind = (Proto.FindingKind)(int)f.Kind, Blocking = f.Blocking, Subject = f.Subject, Message = f.Message }) },
    };
}
