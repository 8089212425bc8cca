namespace SendPlatform.Contracts.IntegrationEvents;

/// <summary>
/// A pupil started in a commissioned AP place. ProviderUrn is empty for an unregistered provider, which is not a
/// school: the pupil then stays on the home school's roll. The pupil's facts ride along because pupil-movements
/// records the matching into-AP movement from them; consumers other than pupil-movements must not store them.
/// </summary>
public sealed record ApPlacementStarted(
    Guid PlacementId,
    string Upn,
    string LaCode,
    string Tier,
    string? ProviderUrn,
    string? HomeSchoolUrn,
    DateOnly StartDate,
    DateOnly? PlannedEndDate,
    DateOnly DateOfBirth,
    string SenProvision,
    string? PrimaryNeed) : IntegrationEvent;
