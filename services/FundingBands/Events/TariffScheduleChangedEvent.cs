using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.FundingBands.Domain;

namespace SendPlatform.FundingBands.Events;

/// <summary>What funding-bands tells the platform when a framework version is published.</summary>
public static class TariffScheduleChangedEvent
{
    public static TariffScheduleChanged From(FundingFramework published, FundingFramework? superseded) =>
        new(published.Id, published.FinancialYear.ToString(), published.Version, published.EffectiveFrom, superseded?.Id, published.PublishedAt!.Value)
        {
            OccurredAt = published.PublishedAt.Value,
        };
}
