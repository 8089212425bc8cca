namespace SendPlatform.EhcAssessments.Domain.Cases;

/// <summary>Where a case stands, numbered as the wire's enum.</summary>
public enum CaseStage
{
    Requested = 1,
    Assessing = 2,
    NotAssessed = 3,
    NotIssued = 4,
    Drafting = 5,
    PlanIssued = 6,
    Amending = 7,
    Ceased = 8,
    /// <summary>The LA decided to cease the plan: it is maintained until the time to appeal has passed or the appeal has ended.</summary>
    Ceasing = 9,
}
