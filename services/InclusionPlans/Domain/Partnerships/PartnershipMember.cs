namespace SendPlatform.InclusionPlans.Domain.Partnerships;

/// <summary>One organisation in an area's partnership; OrganisationId is its token's org_id where it has one.</summary>
public sealed record PartnershipMember(string OrganisationId, string Name, PartnerRole Role);
