namespace SendPlatform.EhcAssessments.Domain.Cases;

/// <summary>The LA's decision after a review (SEND Regulations 2014 reg 20(10)), numbered as the wire's enum.</summary>
public enum ReviewDecision
{
    Maintain = 1,
    Amend = 2,
    Cease = 3,
}
