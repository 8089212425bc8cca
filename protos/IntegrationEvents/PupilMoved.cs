namespace SendPlatform.Contracts.IntegrationEvents;

/// <summary>
/// A movement was recorded. Carries what consumers (AP commissioning, inclusion plans, dashboards) count by:
/// the UPN to join on, the type and settings, the responsible LA, and the SEN provision, nothing more personal.
/// </summary>
public sealed record PupilMoved(
    Guid MovementId,
    string Upn,
    string Type,
    DateOnly EffectiveDate,
    string? FromUrn,
    string? ToUrn,
    string? Destination,
    string ResponsibleLaCode,
    string SenProvision) : IntegrationEvent;
