namespace SendPlatform.EhcAssessments.Domain.Cases;

/// <summary>Who asked for the assessment (Children and Families Act 2014 s36(1)), numbered as the wire's enum.</summary>
public enum RequestSource
{
    Parent = 1,
    YoungPerson = 2,
    Setting = 3,
}
