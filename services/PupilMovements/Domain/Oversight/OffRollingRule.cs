namespace SendPlatform.PupilMovements.Domain.Oversight;

/// <summary>
/// Alert 6: a setting whose deletions of pupils with SEN (E or K) that can be a removal by the setting, over the
/// window, are at least the minimum in number and at least the multiple of the rate of its peers: the LA's settings
/// of the same phase and provision type (docs/domain.md, "Pupil movements and oversight"). The rate is the share of
/// the setting's deletions that count, because deletions are what this service sees (it holds no roll sizes); the
/// peers' rate pools every peer, this setting included.
/// A deletion counts when its ground can be a removal (elective home education, continuous absence, not returned
/// after leave, medically unfit: no assessment is recorded, so every such deletion counts), or when the pupil went to
/// an unknown destination or to no education on a ground that is not an ordinary way of leaving. Ordinary leaving
/// never counts: a new school, reaching the end of compulsory school age or leaving the sixth form, death, custody,
/// the end of a dual registration, a revoked attendance order, and permanent exclusion (a formal decision with its
/// own review, not an off-rolling).
/// </summary>
public static class OffRollingRule
{
    public static readonly IReadOnlySet<string> RemovalGrounds = new HashSet<string>
    {
        "ELECTIVE_HOME_EDUCATION", "CONTINUOUS_ABSENCE", "NOT_RETURNED_AFTER_LEAVE", "MEDICALLY_UNFIT",
    };

    public static readonly IReadOnlySet<string> OrdinaryLeavingGrounds = new HashSet<string>
    {
        "REGISTERED_AT_ANOTHER_SCHOOL", "CEASED_COMPULSORY_SCHOOL_AGE", "LEFT_SIXTH_FORM", "DIED", "IN_CUSTODY",
        "DUAL_REGISTRATION_ENDED", "SCHOOL_ATTENDANCE_ORDER_REVOKED", "PERMANENTLY_EXCLUDED",
    };

    public static bool Counts(MovementType type, string senProvision, string? toUrn, string? deletionGround, string? destination) =>
        type == MovementType.Deletion && senProvision is "E" or "K" && toUrn is null
        && (deletionGround is { } ground && RemovalGrounds.Contains(ground)
            || destination is { } d && Destinations.WithoutEducation.Contains(d) && !(deletionGround is { } g && OrdinaryLeavingGrounds.Contains(g)));

    /// <summary>The window's first day, for evaluation on <paramref name="today"/> (which it includes).</summary>
    public static DateOnly WindowStart(DateOnly today, OffRollingThresholds thresholds) => today.AddMonths(-thresholds.WindowMonths).AddDays(1);

    /// <summary>Compared as cross-products so the multiple's boundary is exact.</summary>
    public static bool IsSignal(DeletionCounts setting, DeletionCounts peers, OffRollingThresholds thresholds) =>
        setting.Counted >= thresholds.MinimumCount && setting.All > 0 && peers.All > 0
        && (long)setting.Counted * peers.All >= (long)thresholds.RateMultiple * peers.Counted * setting.All;

    public static string Reason(DeletionCounts setting, DeletionCounts peers, SchoolPhase phase, string provisionType, OffRollingThresholds thresholds) =>
        $"{setting.Counted} of the setting's {setting.All} {phase} deletions in {thresholds.WindowMonths} months were pupils with SEN whom the setting may have removed, "
        + $"against {peers.Counted} of {peers.All} across the LA's {phase} settings of provision type {(provisionType.Length == 0 ? "unknown" : provisionType)}.";
}
