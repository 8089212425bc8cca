namespace SendPlatform.InclusionPlans.Domain.Partnerships;

/// <summary>The parts of a local SEND partnership (SEND Review): education, health, care, local government, parent carers.</summary>
public enum PartnerRole
{
    LocalAuthority = 1,
    Health = 2,
    SocialCare = 3,
    SchoolsAndTrusts = 4,
    ParentCarerForum = 5,
}
