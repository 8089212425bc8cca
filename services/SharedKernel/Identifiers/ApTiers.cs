namespace SendPlatform.SharedKernel.Identifiers;

/// <summary>The three tiers of an area's AP service, as AP events and every service name them.</summary>
public static class ApTiers
{
    /// <summary>Tier 1: outreach to a pupil who stays on roll at their mainstream school.</summary>
    public const string TargetedSupport = "TargetedSupport";
    /// <summary>Tier 2: a placement with a planned end, aiming for return to the same school.</summary>
    public const string TimeLimited = "TimeLimited";
    /// <summary>Tier 3: a placement leading to a new school or a post-16 destination.</summary>
    public const string Transitional = "Transitional";
}
