namespace SendPlatform.InclusionPlans.Domain.Partnerships;

/// <summary>
/// A partnership names each member once, and includes the LA itself, health and the parent carer forum: the three
/// whose sign-off a plan needs before it is published.
/// </summary>
public static class PartnershipRules
{
    public const int MaxMembers = 100;

    public static readonly IReadOnlyList<PartnerRole> SigningRoles = [PartnerRole.LocalAuthority, PartnerRole.Health, PartnerRole.ParentCarerForum];

    public static void Check(IReadOnlyList<PartnershipMember> members, Violations v)
    {
        if (members.Count > MaxMembers) v.Add("members", $"at most {MaxMembers} members");
        foreach (var duplicate in members.GroupBy(m => m.OrganisationId).Where(g => g.Count() > 1))
            v.Add("members", $"'{duplicate.Key}' is listed more than once");
        foreach (var role in SigningRoles.Where(role => members.All(m => m.Role != role)))
            v.Add("members", $"the partnership needs a {RoleName(role)} member");
    }

    public static string RoleName(PartnerRole role) => role switch
    {
        PartnerRole.LocalAuthority => "local authority",
        PartnerRole.Health => "health (ICB)",
        PartnerRole.SocialCare => "social care",
        PartnerRole.SchoolsAndTrusts => "schools and trusts",
        _ => "parent carer forum",
    };
}
