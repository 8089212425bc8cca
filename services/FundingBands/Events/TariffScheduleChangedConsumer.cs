using MassTransit;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.FundingBands.Data;

namespace SendPlatform.FundingBands.Events;

/// <summary>
/// Every replica reloads its in-memory frameworks when any replica publishes. It listens on a temporary queue of its
/// own (not the service's shared queue), so each replica gets every event; reloading twice is harmless.
/// </summary>
public sealed class TariffScheduleChangedConsumer(PublishedFrameworkStore published) : IConsumer<TariffScheduleChanged>
{
    public Task Consume(ConsumeContext<TariffScheduleChanged> context) => published.ReloadAsync(context.CancellationToken);
}
