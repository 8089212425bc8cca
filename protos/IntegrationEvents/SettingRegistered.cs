namespace SendPlatform.Contracts.IntegrationEvents;

/// <summary>
/// A setting is on the national settings register, or its LA or provision type changed there. Services that decide
/// who may act for a pupil from a setting's area (pupil-movements) keep a copy; UpdatedAt orders the copies, so a
/// late redelivery never overwrites a newer entry.
/// </summary>
public sealed record SettingRegistered(
    string Urn,
    string LaCode,
    string ProvisionType,
    DateTimeOffset UpdatedAt) : IntegrationEvent;
