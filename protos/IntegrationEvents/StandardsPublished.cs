namespace SendPlatform.Contracts.IntegrationEvents;

/// <summary>A national standards set came into force; SupersededVersion is the set it replaced, if any.</summary>
public sealed record StandardsPublished(string Version, string? SupersededVersion, DateTimeOffset PublishedAt) : IntegrationEvent;
