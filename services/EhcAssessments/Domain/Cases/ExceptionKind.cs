namespace SendPlatform.EhcAssessments.Domain.Cases;

/// <summary>The lawful exceptions to the time limits (SEND Regulations 2014 reg 10(4)(a) to (c)), numbered as the wire's enum.</summary>
public enum ExceptionKind
{
    SchoolClosure = 1,
    PersonalCircumstances = 2,
    AbsentFromArea = 3,
}
