namespace SendPlatform.Contracts.IntegrationEvents;

/// <summary>An LA set its AP budget for three financial years: the amount for each year ("2026-27") and tier.</summary>
public sealed record ApBudgetSet(string LaCode, string FirstFinancialYear, IReadOnlyList<ApBudgetAmount> Amounts, DateTimeOffset SetAt) : IntegrationEvent;
