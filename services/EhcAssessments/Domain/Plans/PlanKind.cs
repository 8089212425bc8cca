namespace SendPlatform.EhcAssessments.Domain.Plans;

/// <summary>A draft served on the family, or the final plan; numbered as the wire's enum.</summary>
public enum PlanKind
{
    Draft = 1,
    Final = 2,
}
