namespace SendPlatform.InclusionDashboard.Domain.Figures;

/// <summary>An area's AP budget for a financial year and tier in pounds, summed over the LaCount LAs that set one.</summary>
public sealed record ApBudgetFigure(string FinancialYear, string Tier, decimal Amount, int LaCount);
