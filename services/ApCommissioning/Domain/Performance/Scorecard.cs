using SendPlatform.ApCommissioning.Domain.Placements;
using SendPlatform.ApCommissioning.Domain.Providers;

namespace SendPlatform.ApCommissioning.Domain.Performance;

/// <summary>
/// The five outcomes of the AP performance framework over a set of placements and their reports. Each measure is the
/// percentage of the placements it applies to that met it; a placement's latest report speaks for attendance, its
/// reports together for progress.
/// </summary>
public static class Scorecard
{
    public static IReadOnlyList<MeasureResult> Of(IReadOnlyList<ApPlacement> placements, IReadOnlyList<OutcomeReport> reports, ScorecardThresholds t)
    {
        var byPlacement = reports.GroupBy(r => r.PlacementId).ToDictionary(g => g.Key, g => g.OrderBy(r => r.SchoolYear).ThenBy(r => r.Term).ToList());
        var reported = placements.Where(p => byPlacement.ContainsKey(p.Id)).Select(p => (Placement: p, Reports: byPlacement[p.Id])).ToList();
        bool? Sustained(List<OutcomeReport> rs) => rs.LastOrDefault(r => r.SustainedTwoTerms is not null)?.SustainedTwoTerms;

        var outreach = reported.Where(x => x.Placement.Tier == ApTier.TargetedSupport && x.Reports.Any(r => r.Outreach is not null))
            .Select(x => x.Reports.Last(r => r.Outreach is not null).Outreach == OutreachOutcome.Achieved).ToList();
        var attendance = reported.Select(x => AttendanceMet(x.Reports[^1], t.GoodAttendancePercent)).ToList();
        var reintegration = reported.Where(x => x.Placement.Outcome is PlacementOutcome.ReturnedToHomeSchool or PlacementOutcome.MovedToAnotherSchool
            && Sustained(x.Reports) is not null).Select(x => Sustained(x.Reports)!.Value).ToList();
        var attainment = reported.Select(x => x.Reports.Sum(r => r.EnglishSteps) >= t.ExpectedProgressSteps && x.Reports.Sum(r => r.MathsSteps) >= t.ExpectedProgressSteps).ToList();
        var post16 = reported.Where(x => x.Placement.Outcome == PlacementOutcome.Post16Eet && Sustained(x.Reports) is not null)
            .Select(x => Sustained(x.Reports)!.Value).ToList();

        return
        [
            Measure("EFFECTIVE_OUTREACH", outreach, t.EffectiveOutreach, "targeted-support placements whose outreach achieved its outcome"),
            Measure("IMPROVED_ATTENDANCE", attendance, t.ImprovedAttendance,
                $"placements whose attendance during the placement was above attendance before it, or at least {t.GoodAttendancePercent}% before and during"),
            Measure("REINTEGRATION", reintegration, t.Reintegration, "placements ended by a return to school where the return lasted two terms"),
            Measure("ATTAINMENT_ENGLISH_AND_MATHS", attainment, t.AttainmentEnglishAndMaths,
                $"placements making at least {t.ExpectedProgressSteps} scaled step(s) of progress in English and in maths"),
            Measure("POST16_TRANSITIONS", post16, t.Post16Transitions, "placements ended by a post-16 destination that lasted two terms"),
        ];
    }

    /// <summary>Attendance rose during the placement, or was good before it and stayed good.</summary>
    public static bool AttendanceMet(OutcomeReport latest, decimal good) =>
        latest.AttendanceDuring > latest.AttendanceBefore || (latest.AttendanceBefore >= good && latest.AttendanceDuring >= good);

    private static MeasureResult Measure(string outcome, IReadOnlyList<bool> met, MeasureThreshold threshold, string definition)
    {
        if (met.Count < threshold.MinimumPlacements) return new MeasureResult(outcome, null, met.Count, Rating.TooFewPlacements, definition);
        var value = Math.Round(100m * met.Count(m => m) / met.Count, 1, MidpointRounding.AwayFromZero);
        var rating = value >= threshold.GreenFrom ? Rating.Green : value >= threshold.AmberFrom ? Rating.Amber : Rating.Red;
        return new MeasureResult(outcome, value, met.Count, rating, definition);
    }
}
