using SendPlatform.ApCommissioning.Domain.Commissions;
using SendPlatform.ApCommissioning.Domain.Performance;
using SendPlatform.ApCommissioning.Domain.Placements;
using SendPlatform.ApCommissioning.Domain.Providers;

namespace SendPlatform.ApCommissioning.Tests.Domain;

public sealed class ScorecardTests
{
    private static readonly ApCommission TimeLimited = ApCommission.Commit(
        new CommissionRequest("931", Guid.NewGuid(), ApTier.TimeLimited, 10, new DateOnly(2026, 9, 1), new DateOnly(2027, 8, 31), null, null),
        [], "la-931", null, DateTimeOffset.UtcNow);

    private static int _place;

    private static ApPlacement Placement(PlacementOutcome? outcome = null)
    {
        var placement = ApPlacement.Place(new PlacementRequest(TimeLimited.Id, new PlacedPupil("H801200001001", new DateOnly(2012, 3, 1), "K", "SEMH", false),
            true, new DateOnly(2026, 9, 7), new DateOnly(2027, 2, 12), "100000", null, null), TimeLimited, ++_place, "la-931", null, DateTimeOffset.UtcNow);
        if (outcome is { } o) placement.End(new DateOnly(2027, 2, 12), o, o == PlacementOutcome.MovedToAnotherSchool ? "100001" : null, null);
        return placement;
    }

    private static OutcomeReport Report(ApPlacement p, Term term, decimal before, decimal during, int english, int maths, bool? sustained = null, int year = 2026)
    {
        var report = OutcomeReport.For(p.Id, year, term);
        report.Record(new OutcomeFigures(before, during, english, maths, 0, null, sustained), "140001", DateTimeOffset.UtcNow);
        return report;
    }

    [Fact]
    public void A_worked_example_of_six_time_limited_placements()
    {
        var (p1, p2, p3, p4, p5, p6) = (Placement(PlacementOutcome.ReturnedToHomeSchool), Placement(PlacementOutcome.ReturnedToHomeSchool),
            Placement(PlacementOutcome.ReturnedToHomeSchool), Placement(), Placement(PlacementOutcome.ReturnedToHomeSchool), Placement(PlacementOutcome.MovedToAnotherSchool));
        var reports = new[]
        {
            Report(p1, Term.Spring, 60, 80, 2, 1, sustained: true),   // attendance up, progress in both, sustained
            Report(p2, Term.Spring, 70, 65, 1, 0, sustained: false),  // attendance down, no maths progress, not sustained
            Report(p3, Term.Autumn, 40, 45, 1, 0),                    // superseded for attendance by the spring report
            Report(p3, Term.Spring, 50, 75, 0, 2, sustained: true),   // steps add up over terms: 1 and 2
            Report(p4, Term.Spring, 82, 82, 0, 0),                    // equal attendance is not improved; still placed
            Report(p5, Term.Spring, 40, 70, 3, 3, sustained: true),
            Report(p6, Term.Spring, 55, 90, -1, 2, sustained: true),  // fell back in English
        };
        var measures = Scorecard.Of([p1, p2, p3, p4, p5, p6], reports, new ScorecardThresholds()).ToDictionary(m => m.Outcome);

        Assert.Equal((66.7m, 6, Rating.Amber), Of(measures["IMPROVED_ATTENDANCE"]));          // 4 of 6: p1, p3, p5, p6
        Assert.Equal((50.0m, 6, Rating.Amber), Of(measures["ATTAINMENT_ENGLISH_AND_MATHS"])); // 3 of 6: p1, p3, p5
        Assert.Equal((80.0m, 5, Rating.Green), Of(measures["REINTEGRATION"]));                 // 4 of 5 ended by a return: not p2
        Assert.Equal(((decimal?)null, 0, Rating.TooFewPlacements), Of(measures["POST16_TRANSITIONS"]));
        Assert.Equal(((decimal?)null, 0, Rating.TooFewPlacements), Of(measures["EFFECTIVE_OUTREACH"]));
    }

    [Fact]
    public void A_placements_outcomes_year_by_year_count_reports_to_each_years_end_only()
    {
        var placement = Placement(PlacementOutcome.ReturnedToHomeSchool);
        var reports = new[]
        {
            Report(placement, Term.Summer, 60, 58, 1, 0, year: 2026),               // 2026-27: attendance down, no maths yet
            Report(placement, Term.Autumn, 58, 70, 0, 1, sustained: true, year: 2027), // 2027-28: attendance up, maths now, the return lasted
        };

        var years = OutcomesMet.ByYear(placement, reports, new ScorecardThresholds());

        Assert.Equal([2026, 2027], years.Select(y => y.SchoolYear));
        Assert.Equal(new OutcomesMet(null, false, null, false, null), years[0].Met);
        Assert.Equal(new OutcomesMet(null, true, true, true, null), years[1].Met);
        Assert.Throws<ArgumentException>(() => OutcomesMet.Of(placement, [], new ScorecardThresholds()));
    }

    [Fact]
    public void Thresholds_are_data_and_a_measure_below_its_minimum_is_not_rated()
    {
        var placements = Enumerable.Range(0, 4).Select(_ => Placement()).ToList();
        var reports = placements.Select(p => Report(p, Term.Autumn, 50, 60, 1, 1)).ToList();
        var strict = new ScorecardThresholds { ImprovedAttendance = new MeasureThreshold { GreenFrom = 101, AmberFrom = 100, MinimumPlacements = 4 } };

        var attendance = Scorecard.Of(placements, reports, new ScorecardThresholds()).Single(m => m.Outcome == "IMPROVED_ATTENDANCE");
        Assert.Equal(((decimal?)null, 4, Rating.TooFewPlacements), Of(attendance));
        attendance = Scorecard.Of(placements, reports, strict).Single(m => m.Outcome == "IMPROVED_ATTENDANCE");
        Assert.Equal((100.0m, 4, Rating.Amber), Of(attendance));
    }

    [Theory]
    [InlineData(100, 100, true)]  // cannot rise: good before and during
    [InlineData(96, 95, true)]    // dipped, but stayed good
    [InlineData(60, 61, true)]    // rose
    [InlineData(94, 94, false)]   // neither rose nor good
    [InlineData(97, 90, false)]   // was good, fell below
    public void Attendance_that_was_good_and_stayed_good_meets_the_measure_as_a_rise_does(int before, int during, bool met)
    {
        var report = Report(Placement(), Term.Autumn, before, during, 0, 0);
        Assert.Equal(met, OutcomesMet.AttendanceMet(report, new ScorecardThresholds().GoodAttendancePercent));
    }

    private static (decimal?, int, Rating) Of(MeasureResult m) => (m.ValuePercent, m.Placements, m.Rating);
}
