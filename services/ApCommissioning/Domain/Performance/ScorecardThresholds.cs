namespace SendPlatform.ApCommissioning.Domain.Performance;

/// <summary>
/// Configuration section "Scorecard": the RAG thresholds of the five outcomes. No national thresholds are published,
/// so these defaults are the platform's starting point and each deployment may set its own.
/// </summary>
public sealed class ScorecardThresholds
{
    public MeasureThreshold EffectiveOutreach { get; set; } = new() { GreenFrom = 70, AmberFrom = 50 };
    public MeasureThreshold ImprovedAttendance { get; set; } = new() { GreenFrom = 70, AmberFrom = 50 };
    public MeasureThreshold Reintegration { get; set; } = new() { GreenFrom = 60, AmberFrom = 40 };
    public MeasureThreshold AttainmentEnglishAndMaths { get; set; } = new() { GreenFrom = 60, AmberFrom = 40 };
    public MeasureThreshold Post16Transitions { get; set; } = new() { GreenFrom = 80, AmberFrom = 60 };

    /// <summary>Scaled steps of progress, in English and in maths, that count as making progress.</summary>
    public int ExpectedProgressSteps { get; set; } = 1;

    /// <summary>
    /// Attendance (percent) that is already good: a pupil at or above it both before and during the placement has met
    /// the attendance measure, since 100% cannot rise. 95% is the level schools commonly count as good attendance.
    /// </summary>
    public decimal GoodAttendancePercent { get; set; } = 95;
}
