namespace SendPlatform.InclusionPlans.Domain.Plans;

public enum Rag
{
    Red = 1,
    Amber = 2,
    Green = 3,
}
