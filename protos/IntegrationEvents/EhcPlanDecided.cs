namespace SendPlatform.Contracts.IntegrationEvents;

/// <summary>
/// After assessing, an LA decided whether to issue an EHC plan. Decision is "Issue" or "NotIssue"; InTime says whether
/// a decision not to issue came within the 16 weeks of SEND Regulations 2014 reg 10(1) (a decision to issue is timed
/// by EhcPlanIssued). No fact of the child.
/// </summary>
public sealed record EhcPlanDecided(Guid CaseId, string LaCode, string Decision, DateOnly ReceivedOn, DateOnly DecidedOn, bool InTime) : IntegrationEvent;
