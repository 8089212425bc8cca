namespace SendPlatform.EhcAssessments.Domain.Cases;

/// <summary>The LA's decision, after the assessment, whether to issue a plan; numbered as the wire's enum.</summary>
public enum IssueDecision
{
    Issue = 1,
    NotIssue = 2,
}
