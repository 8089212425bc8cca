using SendPlatform.EhcAssessments.Domain.Cases;
using SendPlatform.EhcAssessments.Domain.Plans;
using SendPlatform.EhcAssessments.Domain.Timescales;

namespace SendPlatform.EhcAssessments.Tests.Domain;

public sealed class PhaseTransferTests
{
    [Theory]
    // Born on 31 August: the youngest of the year, 4 on that very day, so starts school that September.
    [InlineData("2022-08-31", "2024-01-01", "2026-09-01", "2026-02-15")]
    // Born on 1 September: the oldest of the next year.
    [InlineData("2022-09-01", "2024-01-01", "2027-09-01", "2027-02-15")]
    // After starting school, the next is Year 7 (11 on the 31 August before).
    [InlineData("2016-03-10", "2020-09-01", "2027-09-01", "2027-02-15")]
    // After Year 7, the move to post-16 (16 on the 31 August before), due by 31 March.
    [InlineData("2011-11-30", "2024-06-01", "2028-09-01", "2028-03-31")]
    public void The_next_transfer_follows_the_childs_age_on_31_August(string born, string after, string transferOn, string amendBy)
    {
        var transfer = PhaseTransfers.NextAfter(DateOnly.Parse(born), DateOnly.Parse(after))!;
        Assert.Equal((DateOnly.Parse(transferOn), DateOnly.Parse(amendBy)), (transfer.TransferOn, transfer.AmendBy));
    }

    [Theory]
    // Born 2016-03-10: Reception 2020, Year 3 2023, Year 4 2024, Year 5 2025, Year 7 2027, Year 8 2028, Year 9 2029.
    [InlineData(SchoolSystem.PrimarySecondary, "2027-09-01")]
    [InlineData(SchoolSystem.InfantJunior, "2023-09-01", "2027-09-01")]
    [InlineData(SchoolSystem.MiddleEightToTwelve, "2024-09-01", "2028-09-01")]
    [InlineData(SchoolSystem.MiddleNineToThirteen, "2025-09-01", "2029-09-01")]
    public void Each_school_system_has_its_own_moves_between_school_phases_then_post_16(SchoolSystem system, params string[] schoolMoves)
    {
        var moves = new List<DateOnly>();
        for (var t = PhaseTransfers.NextAfter(new DateOnly(2016, 3, 10), new DateOnly(2016, 3, 10), system); t is not null;
             t = PhaseTransfers.NextAfter(new DateOnly(2016, 3, 10), t.TransferOn, system))
            moves.Add(t.TransferOn);
        Assert.Equal([new DateOnly(2020, 9, 1), .. schoolMoves.Select(DateOnly.Parse), new DateOnly(2032, 9, 1)], moves);
    }

    [Fact]
    public void A_child_at_an_infant_school_has_the_plan_reviewed_for_junior_school_by_15_February_and_a_ceased_plan_keeps_its_system()
    {
        // Born 2019-05-01 in an infant school: into Year 3 on 2026-09-01, so by 2026-02-15.
        var c = EhcCase.Receive(new AssessmentRequest("931", new Child("Sam", "Taylor", new DateOnly(2019, 5, 1), "U", "OX1 1AA", null),
            RequestSource.Parent, null, new DateOnly(2025, 3, 3)), "la-931", null, DateTimeOffset.UnixEpoch);
        c.DecideAssessment(AssessmentDecision.Assess, new DateOnly(2025, 4, 1), null);
        c.DecideToIssue(IssueDecision.Issue, new DateOnly(2025, 6, 2), null);
        c.IssueDraft(new DateOnly(2025, 6, 3), new PlanFacts("ASD", "MAINSTREAM", null), 0, "d");
        c.IssueFinal(new DateOnly(2025, 7, 14), null, new PlanFacts("ASD", "MAINSTREAM", "100000"), [], "f");
        Assert.Equal(new DueStep(StatutoryPeriods.AnnualReview, new DateOnly(2026, 7, 14)), c.Next);

        Assert.True(c.SetSchoolSystem(SchoolSystem.InfantJunior));
        Assert.False(c.SetSchoolSystem(SchoolSystem.InfantJunior));
        Assert.Equal(new DueStep(StatutoryPeriods.PhaseTransfer, new DateOnly(2026, 2, 15)), c.Next);
        Assert.Equal(new DateOnly(2026, 2, 15), c.NextDueOn);

        c.Cease(new DateOnly(2025, 12, 1), CeaseReason.Died);
        Assert.Equal("school_system", Assert.Throws<DomainRuleException>(() => c.SetSchoolSystem(SchoolSystem.PrimarySecondary)).Problems.Single().Field);
    }

    [Fact]
    public void A_young_person_past_the_move_to_post_16_has_no_transfer_left()
    {
        Assert.Equal(StatutoryPeriods.PostSixteenTransfer, PhaseTransfers.NextAfter(new DateOnly(2010, 1, 1), new DateOnly(2026, 8, 31))!.Period);
        Assert.Null(PhaseTransfers.NextAfter(new DateOnly(2010, 1, 1), new DateOnly(2026, 9, 1)));
    }

    /// <summary>A plan issued on 2026-10-01 for a child born 2016-03-10, who moves to secondary school on 2027-09-01.</summary>
    private static EhcCase BeforeYear7()
    {
        var c = EhcCase.Receive(new AssessmentRequest("931", new Child("Sam", "Taylor", new DateOnly(2016, 3, 10), "U", "OX1 1AA", null),
            RequestSource.Parent, null, new DateOnly(2026, 3, 2)), "la-931", null, DateTimeOffset.UnixEpoch);
        c.DecideAssessment(AssessmentDecision.Assess, new DateOnly(2026, 4, 1), null);
        c.DecideToIssue(IssueDecision.Issue, new DateOnly(2026, 6, 1), null);
        c.IssueDraft(new DateOnly(2026, 6, 2), new PlanFacts("ASD", "MAINSTREAM", null), 0, "d");
        c.IssueFinal(new DateOnly(2026, 7, 20), null, new PlanFacts("ASD", "MAINSTREAM", "100000"), [], "f");
        return c;
    }

    [Fact]
    public void The_phase_transfer_deadline_comes_before_the_annual_review_when_it_is_earlier()
    {
        var c = BeforeYear7();
        // The first review would be due 2027-07-20; the move to secondary needs the plan reviewed by 2027-02-15.
        Assert.Equal(new DueStep(StatutoryPeriods.PhaseTransfer, new DateOnly(2027, 2, 15)), c.Next);
        Assert.Equal(new DateOnly(2027, 2, 15), c.NextDueOn);
    }

    [Fact]
    public void A_review_deciding_to_amend_leaves_the_amended_plan_due_by_the_transfer_deadline_and_the_plan_prepares_for_it()
    {
        var c = BeforeYear7();
        c.RecordReview(new AnnualReview(new DateOnly(2027, 1, 10), ReviewDecision.Amend, new DateOnly(2027, 1, 20)));
        // 8 weeks from the decision would be 17 March: 15 February comes first.
        Assert.Equal(new DueStep(StatutoryPeriods.PhaseTransfer, new DateOnly(2027, 2, 15)), c.Next);
        c.IssueAmended(new DateOnly(2027, 2, 10), new PlanFacts("ASD", "MAINSTREAM", "100001"), [], "a");
        Assert.Equal(new DueStep(StatutoryPeriods.AnnualReview, new DateOnly(2028, 1, 10)), c.Next);
    }

    [Fact]
    public void A_review_maintaining_the_plan_in_the_year_before_prepares_for_the_transfer()
    {
        var c = BeforeYear7();
        c.RecordReview(new AnnualReview(new DateOnly(2026, 11, 5), ReviewDecision.Maintain, new DateOnly(2026, 11, 20)));
        Assert.Equal(new DueStep(StatutoryPeriods.AnnualReview, new DateOnly(2027, 11, 5)), c.Next);
    }

    [Fact]
    public void A_missed_transfer_stays_due_until_the_case_moves_past_it()
    {
        var c = BeforeYear7();
        // A review held after the transfer: the missed one is behind the case; the next is post-16, after the next review.
        c.RecordReview(new AnnualReview(new DateOnly(2027, 9, 10), ReviewDecision.Maintain, new DateOnly(2027, 9, 20)));
        Assert.Equal(new DueStep(StatutoryPeriods.AnnualReview, new DateOnly(2028, 9, 10)), c.Next);
    }
}
