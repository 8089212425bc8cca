namespace SendPlatform.Contracts.IntegrationEvents;

/// <summary>An EHC plan moved with its family from one LA to another, which is now responsible for it. No fact of the child.</summary>
public sealed record EhcPlanTransferred(Guid CaseId, string FromLaCode, string ToLaCode, DateOnly TransferredOn) : IntegrationEvent;
