namespace SendPlatform.InclusionDashboard.Domain.Figures;

/// <summary>
/// An inclusion plan that is not superseded, as the dashboard knows it: its LA, status, when it last changed, the
/// sufficiency it plans and the kind of each of its blocking findings.
/// </summary>
public sealed record PlanFact(string LaCode, string Status, DateTimeOffset ChangedAt, IReadOnlyList<PlanSufficiency> Sufficiency, IReadOnlyList<string> BlockingFindings)
{
    public bool IsPublic => Status is "Published" or "NeedsReview";
}

/// <summary>For one need, provision type and academic year ("2026-27"): forecast demand and the places planned.</summary>
public sealed record PlanSufficiency(string NeedCode, string ProvisionType, string AcademicYear, int ForecastDemand, int Places);
