namespace SendPlatform.EhcAssessments.Domain.Plans;

/// <summary>A draft served on the family, the final plan, or the plan amended after a review; numbered as the wire's enum.</summary>
public enum PlanKind
{
    Draft = 1,
    Final = 2,
    Amended = 3,
}
