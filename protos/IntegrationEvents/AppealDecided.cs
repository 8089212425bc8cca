namespace SendPlatform.Contracts.IntegrationEvents;

/// <summary>How a tribunal appeal on an EHC case ended: Upheld, Dismissed, Withdrawn or Conceded. No fact of the child.</summary>
public sealed record AppealDecided(Guid CaseId, string LaCode, string Subject, DateOnly DecisionOn, string Outcome, DateOnly RegisteredOn, DateOnly DecidedOn)
    : IntegrationEvent;
