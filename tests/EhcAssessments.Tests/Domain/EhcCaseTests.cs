using SendPlatform.EhcAssessments.Domain.Cases;
using SendPlatform.EhcAssessments.Domain.Timescales;

namespace SendPlatform.EhcAssessments.Tests.Domain;

public sealed class EhcCaseTests
{
    private static readonly DateOnly Received = new(2026, 9, 1);
    private static readonly DateTimeOffset Now = new(2026, 9, 2, 9, 0, 0, TimeSpan.Zero);

    private static EhcCase Case() => EhcCase.Receive(
        new AssessmentRequest("931", new Child("Sam", "Taylor", new DateOnly(2018, 5, 1), "U", "OX1 1AA", null), RequestSource.Parent, null, Received),
        "la-931", null, Now);

    [Fact]
    public void A_new_request_waits_for_the_decision_whether_to_assess_due_six_weeks_on()
    {
        var c = Case();
        Assert.Equal(CaseStage.Requested, c.Stage);
        Assert.Equal(new DueStep(StatutoryPeriods.DecisionToAssess, new DateOnly(2026, 10, 13)), c.Next);
        Assert.Equal(new DateOnly(2026, 10, 13), c.NextDueOn);
        Assert.False(c.Next!.OverdueOn(new DateOnly(2026, 10, 13)));
        Assert.True(c.Next!.OverdueOn(new DateOnly(2026, 10, 14)));
    }

    [Theory]
    [InlineData("2026-10-13", true)]
    [InlineData("2026-10-14", false)]
    public void A_decision_on_its_due_day_is_in_time_and_a_day_later_is_not(string on, bool inTime)
    {
        var c = Case();
        Assert.True(c.DecideAssessment(AssessmentDecision.Assess, DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture), null));
        Assert.Equal(inTime, c.AssessmentDecidedInTime);
    }

    [Fact]
    public void Deciding_to_assess_moves_the_clock_on_to_the_final_plan_twenty_weeks_from_the_request()
    {
        var c = Case();
        c.DecideAssessment(AssessmentDecision.Assess, new DateOnly(2026, 10, 1), null);
        Assert.Equal((CaseStage.Assessing, new DateOnly(2027, 1, 19)), (c.Stage, c.NextDueOn));
        Assert.Equal(StatutoryPeriods.FinalPlan, c.Next!.Period);
        Assert.Null(c.AppealDeadline);
    }

    [Fact]
    public void Deciding_not_to_assess_ends_the_LAs_clock_and_opens_two_months_to_appeal()
    {
        var c = Case();
        c.DecideAssessment(AssessmentDecision.NotAssess, new DateOnly(2026, 10, 9), "Needs can be met from SEN support");
        Assert.Equal((CaseStage.NotAssessed, (DateOnly?)null, (DueStep?)null), (c.Stage, c.NextDueOn, c.Next));
        Assert.Equal(new DateOnly(2026, 12, 9), c.AppealDeadline);
    }

    [Fact]
    public void A_decision_cannot_come_before_the_request()
    {
        var c = Case();
        var refused = Assert.Throws<DomainRuleException>(() => c.DecideAssessment(AssessmentDecision.Assess, Received.AddDays(-1), null));
        Assert.Equal("decided_on", refused.Problems.Single().Field);
        Assert.Equal(CaseStage.Requested, c.Stage);
    }

    [Fact]
    public void A_decision_is_recorded_once_and_repeating_it_changes_nothing()
    {
        var c = Case();
        Assert.True(c.DecideAssessment(AssessmentDecision.Assess, new DateOnly(2026, 10, 1), null));
        Assert.False(c.DecideAssessment(AssessmentDecision.Assess, new DateOnly(2026, 10, 1), null));
        Assert.Throws<DomainRuleException>(() => c.DecideAssessment(AssessmentDecision.NotAssess, new DateOnly(2026, 10, 1), "changed our mind"));
        Assert.Throws<DomainRuleException>(() => c.DecideAssessment(AssessmentDecision.Assess, new DateOnly(2026, 10, 2), null));
        Assert.Equal((CaseStage.Assessing, new DateOnly(2026, 10, 1)), (c.Stage, c.AssessmentDecidedOn));
    }

    [Fact]
    public void An_overdue_alert_is_for_the_next_step_only_once_its_due_day_has_passed()
    {
        var c = Case();
        Assert.Null(OverdueAlert.For(c, new DateOnly(2026, 10, 13), Now));
        var alert = OverdueAlert.For(c, new DateOnly(2026, 10, 14), Now);
        Assert.Equal(("decision whether to assess", new DateOnly(2026, 10, 13), "931"), (alert!.Step, alert.DueOn, alert.LaCode));
        c.DecideAssessment(AssessmentDecision.NotAssess, new DateOnly(2026, 10, 20), "reasons");
        Assert.Null(OverdueAlert.For(c, new DateOnly(2027, 10, 14), Now));
    }
}
