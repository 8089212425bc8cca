namespace SendPlatform.Contracts.IntegrationEvents;

/// <summary>An LA ceased to maintain an EHC plan. Reason is one of ehc-assessments' CeaseReason names (e.g. "NoLongerNecessary").</summary>
public sealed record EhcPlanCeased(Guid CaseId, string LaCode, DateOnly CeasedOn, string Reason) : IntegrationEvent;
