namespace SendPlatform.Contracts.IntegrationEvents;

/// <summary>
/// What an LA's AP commissions now commit against its budget, per financial year ("2026-27") and tier, in pounds:
/// the whole position as of AsOf, after a commission or a repricing, so a later one replaces an earlier one outright.
/// </summary>
public sealed record ApCommitmentsChanged(string LaCode, IReadOnlyList<ApBudgetAmount> Committed, DateTimeOffset AsOf) : IntegrationEvent;
