namespace SendPlatform.InclusionPlans.Domain.Plans;

/// <summary>The three tiers of an area's AP service (SEND and AP Improvement Plan).</summary>
public enum ApTier
{
    TargetedSupport = 1,
    TimeLimited = 2,
    Transitional = 3,
}
