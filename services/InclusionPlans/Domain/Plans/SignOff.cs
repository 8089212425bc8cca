using SendPlatform.InclusionPlans.Domain.Partnerships;

namespace SendPlatform.InclusionPlans.Domain.Plans;

/// <summary>A partnership member's agreement to one revision of a plan, and who recorded it.</summary>
public sealed record SignOff(string OrganisationId, PartnerRole Role, string SignedBy, int Revision, DateTimeOffset SignedAt, string RecordedBy);
