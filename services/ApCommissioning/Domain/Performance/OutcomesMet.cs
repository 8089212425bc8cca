using SendPlatform.ApCommissioning.Domain.Placements;
using SendPlatform.ApCommissioning.Domain.Providers;

namespace SendPlatform.ApCommissioning.Domain.Performance;

/// <summary>
/// Which of the five outcomes one placement met, as its reports show: true or false where the outcome applies to it,
/// null where it does not (outreach beyond tier 1, a reintegration or post-16 destination not reached or not yet known).
/// The one definition behind the scorecards and the dashboard's outcome figures.
/// </summary>
public sealed record OutcomesMet(bool? EffectiveOutreach, bool ImprovedAttendance, bool? Reintegration, bool AttainmentEnglishAndMaths, bool? Post16Transitions)
{
    /// <summary>The placement's outcomes from its reports (at least one); the latest report speaks for attendance, all together for progress.</summary>
    public static OutcomesMet Of(ApPlacement placement, IEnumerable<OutcomeReport> reports, ScorecardThresholds t)
    {
        var ordered = reports.OrderBy(r => r.SchoolYear).ThenBy(r => r.Term).ToList();
        if (ordered.Count == 0) throw new ArgumentException("A placement's outcomes rest on at least one report.", nameof(reports));
        var sustained = ordered.LastOrDefault(r => r.SustainedTwoTerms is not null)?.SustainedTwoTerms;
        var outreach = ordered.LastOrDefault(r => r.Outreach is not null)?.Outreach;
        return new OutcomesMet(
            placement.Tier == ApTier.TargetedSupport && outreach is not null ? outreach == OutreachOutcome.Achieved : null,
            AttendanceMet(ordered[^1], t.GoodAttendancePercent),
            placement.Outcome is PlacementOutcome.ReturnedToHomeSchool or PlacementOutcome.MovedToAnotherSchool ? sustained : null,
            ordered.Sum(r => r.EnglishSteps) >= t.ExpectedProgressSteps && ordered.Sum(r => r.MathsSteps) >= t.ExpectedProgressSteps,
            placement.Outcome == PlacementOutcome.Post16Eet ? sustained : null);
    }

    /// <summary>
    /// For each school year the placement has a report in, its outcomes as the reports up to that year's end showed
    /// them: a year's figures do not move when a later year is reported, and do when a term of that year is corrected.
    /// </summary>
    public static IReadOnlyList<(int SchoolYear, OutcomesMet Met)> ByYear(ApPlacement placement, IReadOnlyList<OutcomeReport> reports, ScorecardThresholds t) =>
        [.. reports.Select(r => r.SchoolYear).Distinct().Order().Select(year => (year, Of(placement, reports.Where(r => r.SchoolYear <= year), t)))];

    /// <summary>Attendance rose during the placement, or was good before it and stayed good.</summary>
    public static bool AttendanceMet(OutcomeReport latest, decimal good) =>
        latest.AttendanceDuring > latest.AttendanceBefore || (latest.AttendanceBefore >= good && latest.AttendanceDuring >= good);
}
