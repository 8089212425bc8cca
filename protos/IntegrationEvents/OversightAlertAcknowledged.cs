namespace SendPlatform.Contracts.IntegrationEvents;

/// <summary>The LA acknowledged an oversight alert: that it is looking into it. Who did, and their note, stay in pupil-movements.</summary>
public sealed record OversightAlertAcknowledged(Guid AlertId, string Type, string LaCode, DateTimeOffset AcknowledgedAt) : IntegrationEvent;
