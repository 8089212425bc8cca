namespace SendPlatform.InclusionPlans.Domain.Plans;

public enum PlanStatus
{
    Draft = 1,
    Published = 2,
    /// <summary>Published, but a newer national standards version has come into force since.</summary>
    NeedsReview = 3,
    Superseded = 4,
}
