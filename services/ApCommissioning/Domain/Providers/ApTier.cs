namespace SendPlatform.ApCommissioning.Domain.Providers;

/// <summary>The three tiers of an area's AP service (docs/domain.md: AP is "an intervention, not a destination").</summary>
public enum ApTier
{
    TargetedSupport = 1,
    TimeLimited = 2,
    Transitional = 3,
}
