namespace SendPlatform.InclusionDashboard.Domain.Figures;

/// <summary>An LA's current inclusion plan as the dashboard knows it: its status and the sufficiency it plans.</summary>
public sealed record CurrentPlan(string LaCode, string Status, IReadOnlyList<PlanSufficiency> Sufficiency);

/// <summary>For one need, provision type and academic year ("2026-27"): forecast demand and the places planned.</summary>
public sealed record PlanSufficiency(string NeedCode, string ProvisionType, string AcademicYear, int ForecastDemand, int Places);
