namespace SendPlatform.Contracts.IntegrationEvents;

/// <summary>
/// A funding framework version was published: from EffectiveFrom it prices the financial year, superseding
/// SupersededFrameworkId (if any) from that date.
/// </summary>
public sealed record TariffScheduleChanged(
    string FrameworkId,
    string FinancialYear,
    int Version,
    DateOnly EffectiveFrom,
    string? SupersededFrameworkId,
    DateTimeOffset PublishedAt) : IntegrationEvent;
