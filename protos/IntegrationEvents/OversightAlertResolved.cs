namespace SendPlatform.Contracts.IntegrationEvents;

/// <summary>The LA resolved an oversight alert. Who did, and what was found, stay in pupil-movements.</summary>
public sealed record OversightAlertResolved(Guid AlertId, string Type, string LaCode, DateTimeOffset ResolvedAt) : IntegrationEvent;
