namespace SendPlatform.Contracts.IntegrationEvents;

/// <summary>
/// An oversight alert was raised for an LA. Carries what dashboards count by (type, severity, LA, setting); the
/// pupil stays in pupil-movements, where only the LA may read the alert.
/// </summary>
public sealed record OversightAlertRaised(
    Guid AlertId,
    string Type,
    string Severity,
    string LaCode,
    string? Urn,
    DateOnly DueBy,
    DateTimeOffset RaisedAt) : IntegrationEvent;
