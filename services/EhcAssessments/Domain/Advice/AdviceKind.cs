namespace SendPlatform.EhcAssessments.Domain.Advice;

/// <summary>The advice an EHC needs assessment seeks (SEND Regulations 2014 reg 6(1)(b)-(h)), numbered as the wire's enum.</summary>
public enum AdviceKind
{
    /// <summary>From the head teacher or principal of the child's setting, or a teacher with relevant experience (b).</summary>
    Educational = 1,
    /// <summary>From health care professionals (c).</summary>
    Medical = 2,
    /// <summary>From an educational psychologist (d).</summary>
    Psychological = 3,
    /// <summary>From the LA's social care services (e).</summary>
    SocialCare = 4,
    /// <summary>On preparing for adulthood and independent living, from year 9 on (g).</summary>
    PreparingForAdulthood = 5,
    /// <summary>From a person qualified to teach children with a vision or hearing impairment (h).</summary>
    SensoryImpairment = 6,
    /// <summary>From anyone else the LA thinks appropriate (f).</summary>
    Other = 7,
}
