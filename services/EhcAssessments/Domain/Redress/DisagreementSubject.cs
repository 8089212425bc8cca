namespace SendPlatform.EhcAssessments.Domain.Redress;

/// <summary>The LA decision a family disagrees with and may appeal (Children and Families Act 2014 s51), numbered as the wire's enum.</summary>
public enum DisagreementSubject
{
    NotToAssess = 1,
    NotToIssue = 2,
    /// <summary>The contents of the plan in force: its needs (B), provision (F) or the setting it names (I).</summary>
    PlanContents = 3,
    /// <summary>The LA's decision to cease to maintain the plan (s51(2)(f)).</summary>
    Ceasing = 4,
}
