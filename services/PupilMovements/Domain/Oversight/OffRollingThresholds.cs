namespace SendPlatform.PupilMovements.Domain.Oversight;

/// <summary>
/// The off-rolling signal's numbers (configuration section Oversight:OffRolling). No guidance fixes them: they are
/// the platform's screening choice, set so that a handful of deletions in a small school does not trip it, and an LA
/// can tune them to its area.
/// </summary>
public sealed class OffRollingThresholds
{
    /// <summary>Fewer counted deletions than this are too few to tell a pattern from chance.</summary>
    public int MinimumCount { get; set; } = 5;

    /// <summary>A setting's rate must be at least this multiple of its peers' pooled rate.</summary>
    public int RateMultiple { get; set; } = 2;

    /// <summary>The window looked back over: a school year's pattern, whatever the date.</summary>
    public int WindowMonths { get; set; } = 12;
}
