namespace SendPlatform.EhcAssessments.Domain.Cases;

/// <summary>The LA's decision whether to carry out an EHC needs assessment, numbered as the wire's enum.</summary>
public enum AssessmentDecision
{
    Assess = 1,
    NotAssess = 2,
}
