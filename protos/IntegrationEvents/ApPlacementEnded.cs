namespace SendPlatform.Contracts.IntegrationEvents;

/// <summary>
/// A pupil's AP placement ended with an outcome: ReturnedToHomeSchool, MovedToAnotherSchool (DestinationUrn),
/// Post16 (education, employment or training) or Other.
/// </summary>
public sealed record ApPlacementEnded(
    Guid PlacementId,
    string Upn,
    string LaCode,
    string Tier,
    string? ProviderUrn,
    DateOnly EndDate,
    string Outcome,
    string? DestinationUrn) : IntegrationEvent;
