using MassTransit;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.FundingBands.Upstream;

namespace SendPlatform.FundingBands.Events;

/// <summary>New national standards may change the provision type codes: each replica forgets its copy (temporary queue, as above).</summary>
public sealed class StandardsPublishedConsumer(NationalProvisionTypes provisionTypes) : IConsumer<StandardsPublished>
{
    public Task Consume(ConsumeContext<StandardsPublished> context)
    {
        provisionTypes.Forget();
        return Task.CompletedTask;
    }
}
