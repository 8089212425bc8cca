using SendPlatform.EhcAssessments.Domain.Cases;
using SendPlatform.EhcAssessments.Domain.Plans;
using SendPlatform.EhcAssessments.Domain.Timescales;

namespace SendPlatform.EhcAssessments.Tests.Domain;

public sealed class ReviewRulesTests
{
    private static readonly PlanFacts Final = new("ASD", "MAINSTREAM", "100000");
    private static readonly DateOnly Issued = CaseBuilder.Issued;

    private static EhcCase InForce(DateOnly? dateOfBirth = null) => CaseBuilder.InForce(dateOfBirth);

    [Theory]
    // 4 weeks from a meeting on 10 December 2027 end on 7 January 2028, over Christmas: weeks are calendar weeks.
    [InlineData("2028-01-07", true)]
    [InlineData("2028-01-08", false)]
    public void The_decision_after_a_review_is_due_four_weeks_after_the_meeting(string decided, bool inTime) =>
        Assert.Equal(inTime, new AnnualReview(new DateOnly(2027, 12, 10), ReviewDecision.Maintain, DateOnly.Parse(decided, System.Globalization.CultureInfo.InvariantCulture)).DecidedInTime);

    [Fact]
    public void Maintaining_the_plan_sets_the_next_review_twelve_months_from_the_meeting()
    {
        var c = InForce();
        Assert.True(c.RecordReview(new AnnualReview(new DateOnly(2027, 12, 10), ReviewDecision.Maintain, new DateOnly(2027, 12, 20))));
        Assert.False(c.RecordReview(new AnnualReview(new DateOnly(2027, 12, 10), ReviewDecision.Maintain, new DateOnly(2027, 12, 20))));
        Assert.Equal(new DueStep(StatutoryPeriods.AnnualReview, new DateOnly(2028, 12, 10)), c.Next);
        Assert.Equal("meeting_on", Assert.Throws<DomainRuleException>(() =>
            c.RecordReview(new AnnualReview(new DateOnly(2027, 12, 10), ReviewDecision.Amend, new DateOnly(2027, 12, 21)))).Problems.Single().Field);
    }

    [Fact]
    public void A_review_cannot_come_before_the_plan_nor_its_decision_before_the_meeting()
    {
        var c = InForce();
        Assert.Equal("meeting_on", Assert.Throws<DomainRuleException>(() =>
            c.RecordReview(new AnnualReview(Issued.AddDays(-1), ReviewDecision.Maintain, Issued))).Problems.Single().Field);
        Assert.Equal("decided_on", Assert.Throws<DomainRuleException>(() =>
            c.RecordReview(new AnnualReview(Issued.AddDays(30), ReviewDecision.Maintain, Issued.AddDays(29)))).Problems.Single().Field);
    }

    [Fact]
    public void Deciding_to_amend_makes_the_amended_plan_due_in_eight_weeks_and_it_must_be_complete()
    {
        var c = InForce();
        c.RecordReview(new AnnualReview(new DateOnly(2027, 11, 1), ReviewDecision.Amend, new DateOnly(2027, 11, 10)));
        Assert.Equal((CaseStage.Amending, new DueStep(StatutoryPeriods.AmendedPlan, new DateOnly(2028, 1, 5))), (c.Stage, c.Next));
        Assert.Throws<DomainRuleException>(() => c.IssueAmended(new DateOnly(2027, 12, 1), Final with { SettingUrn = null }, [], "a"));
        c.IssueAmended(new DateOnly(2028, 1, 5), Final with { SettingUrn = "100001" }, [], "a");
        Assert.Equal((CaseStage.PlanIssued, true, "100001"), (c.Stage, c.AmendedInTime, c.IssuedPlan!.SettingUrn));
        // The next review counts from the review's meeting, not from the amended plan.
        Assert.Equal(new DateOnly(2028, 11, 1), c.NextDueOn);
    }

    [Fact]
    public void A_child_under_five_is_reviewed_every_six_months()
    {
        var c = InForce(dateOfBirth: new DateOnly(2023, 3, 1));
        Assert.Equal(new DateOnly(2027, 7, 15), c.NextDueOn);
        c.RecordReview(new AnnualReview(new DateOnly(2027, 7, 1), ReviewDecision.Maintain, new DateOnly(2027, 7, 5)));
        Assert.Equal(new DateOnly(2028, 1, 1), c.NextDueOn);
    }

    [Fact]
    public void A_plan_ceases_once_after_it_was_issued_and_its_clock_stops()
    {
        var c = InForce();
        Assert.Equal("ceased_on", Assert.Throws<DomainRuleException>(() => c.Cease(Issued.AddDays(-1), CeaseReason.NoLongerNecessary)).Problems.Single().Field);
        Assert.True(c.Cease(new DateOnly(2027, 9, 1), CeaseReason.MovedToAnotherLa));
        Assert.False(c.Cease(new DateOnly(2027, 9, 1), CeaseReason.MovedToAnotherLa));
        Assert.Throws<DomainRuleException>(() => c.Cease(new DateOnly(2027, 9, 2), CeaseReason.MovedToAnotherLa));
        Assert.Equal((CaseStage.Ceased, (DateOnly?)null), (c.Stage, c.NextDueOn));
        Assert.Throws<DomainRuleException>(() => c.RecordReview(new AnnualReview(new DateOnly(2027, 10, 1), ReviewDecision.Maintain, new DateOnly(2027, 10, 2))));
    }
}
