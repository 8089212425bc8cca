namespace SendPlatform.Contracts.IntegrationEvents;

/// <summary>
/// A statutory step of an EHC case passed its due day undone: the alert to the responsible LA, raised once per case,
/// step and due day. Step is the step's name (e.g. "decision whether to assess") and Authority the provision that
/// sets it. No fact of the child.
/// </summary>
public sealed record EhcStepOverdue(Guid CaseId, string LaCode, string Step, string Authority, DateOnly DueOn) : IntegrationEvent;
