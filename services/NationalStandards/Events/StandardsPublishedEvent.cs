using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.NationalStandards.Domain.Standards;

namespace SendPlatform.NationalStandards.Events;

/// <summary>What national-standards tells the platform when a set comes into force.</summary>
public static class StandardsPublishedEvent
{
    public static StandardsPublished From(StandardsSet published, StandardsSet? superseded) =>
        new(published.Version, superseded?.Version, published.PublishedAt!.Value) { OccurredAt = published.PublishedAt.Value };
}
