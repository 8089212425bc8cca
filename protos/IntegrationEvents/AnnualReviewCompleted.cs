namespace SendPlatform.Contracts.IntegrationEvents;

/// <summary>
/// An LA reviewed an EHC plan and decided ("Maintain", "Amend" or "Cease"); InTime says whether the decision came within
/// 4 weeks of the meeting (SEND Regulations 2014 reg 20(10)). No fact of the child.
/// </summary>
public sealed record AnnualReviewCompleted(Guid CaseId, string LaCode, DateOnly MeetingOn, string Decision, DateOnly DecidedOn, bool InTime) : IntegrationEvent;
