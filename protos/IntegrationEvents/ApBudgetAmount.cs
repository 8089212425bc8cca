namespace SendPlatform.Contracts.IntegrationEvents;

/// <summary>One line of an AP budget: a financial year, a tier (as ApTiers names it) and the amount in pounds.</summary>
public sealed record ApBudgetAmount(string FinancialYear, string Tier, decimal Amount);
