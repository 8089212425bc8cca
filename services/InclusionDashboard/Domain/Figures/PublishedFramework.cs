namespace SendPlatform.InclusionDashboard.Domain.Figures;

/// <summary>A published version of the national funding framework for a financial year, pricing from EffectiveFrom.</summary>
public sealed record PublishedFramework(string FrameworkId, string FinancialYear, int Version, DateOnly EffectiveFrom);
