using MassTransit;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.InclusionPlans.Upstream;

namespace SendPlatform.InclusionPlans.Events;

/// <summary>
/// Every replica forgets its in-memory provision matches when national standards change. It listens on a temporary
/// queue of its own, so each replica hears every event; forgetting twice is harmless.
/// </summary>
public sealed class ProvisionMatchesConsumer(CurrentProvisionMatches matches) : IConsumer<StandardsPublished>
{
    public Task Consume(ConsumeContext<StandardsPublished> context)
    {
        matches.Forget();
        return Task.CompletedTask;
    }
}
