namespace SendPlatform.PupilMovements.Domain.Oversight;

/// <summary>
/// Alert 6: a setting whose deletions of pupils with SEN (E or K) to no other school, over the last 12 months, are
/// at least twice its LA's rate for settings of the same phase and at least 5 in number. The rate is the share of
/// the setting's deletions that count, because deletions are what this service sees (it holds no roll sizes); the
/// LA's rate pools every setting of the phase, this one included. Deaths and deletions on registration at another
/// school are not removals by the setting and do not count.
/// </summary>
public static class OffRollingRule
{
    public const int MinimumCount = 5;
    public const int RateMultiple = 2;
    public const int WindowMonths = 12;

    public static bool Counts(MovementType type, string senProvision, string? toUrn, string? deletionGround) =>
        type == MovementType.Deletion && senProvision is "E" or "K" && toUrn is null
        && deletionGround is not ("REGISTERED_AT_ANOTHER_SCHOOL" or "DIED");

    /// <summary>The window's first day, for evaluation on <paramref name="today"/> (which it includes).</summary>
    public static DateOnly WindowStart(DateOnly today) => today.AddMonths(-WindowMonths).AddDays(1);

    /// <summary>Compared as cross-products so the 2× boundary is exact.</summary>
    public static bool IsSignal(DeletionCounts setting, DeletionCounts area) =>
        setting.Counted >= MinimumCount && setting.All > 0 && area.All > 0
        && (long)setting.Counted * area.All >= (long)RateMultiple * area.Counted * setting.All;

    public static string Reason(DeletionCounts setting, DeletionCounts area, SchoolPhase phase) =>
        $"{setting.Counted} of the setting's {setting.All} {phase} deletions in 12 months were pupils with SEN to no other school, "
        + $"against {area.Counted} of {area.All} across the LA's {phase} settings.";
}
