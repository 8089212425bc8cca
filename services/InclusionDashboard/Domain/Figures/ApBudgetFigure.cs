namespace SendPlatform.InclusionDashboard.Domain.Figures;

/// <summary>An area's AP budget (or commitment) for a financial year and tier in pounds; LaCount is how many of its LAs had one that year.</summary>
public sealed record ApBudgetFigure(string FinancialYear, string Tier, decimal Amount, int LaCount);
