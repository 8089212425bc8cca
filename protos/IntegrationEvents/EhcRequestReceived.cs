namespace SendPlatform.Contracts.IntegrationEvents;

/// <summary>
/// An LA received a request for an EHC needs assessment. Carries no fact of the child: the dashboard counts requests
/// per LA and month, and times the journey from ReceivedOn. Source is "Parent", "YoungPerson" or "Setting".
/// </summary>
public sealed record EhcRequestReceived(Guid CaseId, string LaCode, string Source, DateOnly ReceivedOn) : IntegrationEvent;
