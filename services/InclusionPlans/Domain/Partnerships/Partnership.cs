namespace SendPlatform.InclusionPlans.Domain.Partnerships;

/// <summary>An area's local SEND partnership: who plans with the LA and who signs its inclusion plan off.</summary>
public sealed class Partnership
{
    private Partnership() { }

    public string LaCode { get; private set; } = "";
    public List<PartnershipMember> Members { get; private set; } = [];
    public DateTimeOffset UpdatedAt { get; private set; }
    public string UpdatedBy { get; private set; } = "";

    public static Partnership Create(string laCode) => new() { LaCode = laCode };

    public void Set(IReadOnlyList<PartnershipMember> members, string by, DateTimeOffset now)
    {
        Members = [.. members];
        UpdatedAt = now;
        UpdatedBy = by;
    }

    public PartnershipMember? Member(string organisationId) => Members.FirstOrDefault(m => m.OrganisationId == organisationId);
}
