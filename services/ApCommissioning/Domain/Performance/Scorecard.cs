using SendPlatform.ApCommissioning.Domain.Placements;

namespace SendPlatform.ApCommissioning.Domain.Performance;

/// <summary>
/// The five outcomes of the AP performance framework over a set of placements and their reports. Each measure is the
/// percentage of the placements it applies to that met it, as <see cref="OutcomesMet"/> defines meeting it.
/// </summary>
public static class Scorecard
{
    public static IReadOnlyList<MeasureResult> Of(IReadOnlyList<ApPlacement> placements, IReadOnlyList<OutcomeReport> reports, ScorecardThresholds t)
    {
        var byPlacement = reports.ToLookup(r => r.PlacementId);
        var met = placements.Where(p => byPlacement.Contains(p.Id)).Select(p => OutcomesMet.Of(p, byPlacement[p.Id], t)).ToList();
        static List<bool> Applying(IEnumerable<bool?> values) => [.. values.OfType<bool>()];

        return
        [
            Measure("EFFECTIVE_OUTREACH", Applying(met.Select(m => m.EffectiveOutreach)), t.EffectiveOutreach, "targeted-support placements whose outreach achieved its outcome"),
            Measure("IMPROVED_ATTENDANCE", [.. met.Select(m => m.ImprovedAttendance)], t.ImprovedAttendance,
                $"placements whose attendance during the placement was above attendance before it, or at least {t.GoodAttendancePercent}% before and during"),
            Measure("REINTEGRATION", Applying(met.Select(m => m.Reintegration)), t.Reintegration, "placements ended by a return to school where the return lasted two terms"),
            Measure("ATTAINMENT_ENGLISH_AND_MATHS", [.. met.Select(m => m.AttainmentEnglishAndMaths)], t.AttainmentEnglishAndMaths,
                $"placements making at least {t.ExpectedProgressSteps} scaled step(s) of progress in English and in maths"),
            Measure("POST16_TRANSITIONS", Applying(met.Select(m => m.Post16Transitions)), t.Post16Transitions, "placements ended by a post-16 destination that lasted two terms"),
        ];
    }

    private static MeasureResult Measure(string outcome, IReadOnlyList<bool> met, MeasureThreshold threshold, string definition)
    {
        if (met.Count < threshold.MinimumPlacements) return new MeasureResult(outcome, null, met.Count, Rating.TooFewPlacements, definition);
        var value = Math.Round(100m * met.Count(m => m) / met.Count, 1, MidpointRounding.AwayFromZero);
        var rating = value >= threshold.GreenFrom ? Rating.Green : value >= threshold.AmberFrom ? Rating.Amber : Rating.Red;
        return new MeasureResult(outcome, value, met.Count, rating, definition);
    }
}
