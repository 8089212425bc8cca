namespace SendPlatform.EhcAssessments.Domain.Cases;

/// <summary>
/// Why an LA ceased to maintain a plan (Children and Families Act 2014 s45; SEND Regulations 2014 reg 29), numbered as
/// the wire's enum. The SEN2 return's codes are mapped from these where it is generated.
/// </summary>
public enum CeaseReason
{
    /// <summary>The LA is no longer responsible: the family moved to another LA's area (the plan transfers, reg 15).</summary>
    MovedToAnotherLa = 1,

    /// <summary>The plan is no longer necessary: needs are met without it.</summary>
    NoLongerNecessary = 2,

    /// <summary>The young person reached 25, or their course ended in the school year they turned 25.</summary>
    ReachedMaximumAge = 3,

    /// <summary>The young person started higher education.</summary>
    HigherEducation = 4,

    /// <summary>The young person, 19 or over, left education or training, or started paid employment without training.</summary>
    LeftEducationOrTraining = 5,

    /// <summary>The child or young person died.</summary>
    Died = 6,
}
