namespace SendPlatform.Contracts.IntegrationEvents;

/// <summary>
/// An LA decided whether to carry out an EHC needs assessment. Decision is "Assess" or "NotAssess"; InTime says
/// whether it came within the 6 weeks of SEND Regulations 2014 reg 5(3). ReceivedOn rides along so a consumer that
/// sees this before EhcRequestReceived can still time it.
/// </summary>
public sealed record AssessmentDecided(Guid CaseId, string LaCode, string Decision, DateOnly ReceivedOn, DateOnly DecidedOn, bool InTime) : IntegrationEvent;
