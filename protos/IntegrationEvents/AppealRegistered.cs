namespace SendPlatform.Contracts.IntegrationEvents;

/// <summary>
/// A family's appeal to the First-tier Tribunal against an LA decision on their EHC case: what it is about (NotToAssess,
/// NotToIssue or PlanContents), whether mediation was held first, and whether it came within the appeal window. No fact
/// of the child.
/// </summary>
public sealed record AppealRegistered(Guid CaseId, string LaCode, string Subject, DateOnly DecisionOn, DateOnly RegisteredOn, bool InTime, bool Mediated)
    : IntegrationEvent;
