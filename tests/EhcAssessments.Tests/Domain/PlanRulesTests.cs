using SendPlatform.EhcAssessments.Domain.Cases;
using SendPlatform.EhcAssessments.Domain.Plans;
using SendPlatform.EhcAssessments.Domain.Timescales;

namespace SendPlatform.EhcAssessments.Tests.Domain;

public sealed class PlanRulesTests
{
    private static readonly DateOnly Received = new(2026, 9, 1);
    private static readonly PlanFacts Draft = new("ASD", "MAINSTREAM", null);
    private static readonly PlanFacts Final = new("ASD", "MAINSTREAM", "100000");

    private static EhcCase Drafting(DateOnly? dateOfBirth = null)
    {
        var c = EhcCase.Receive(new AssessmentRequest("931", new Child("Sam", "Taylor", dateOfBirth ?? new DateOnly(2018, 5, 1), "U", "OX1 1AA", null),
            RequestSource.Parent, null, Received), "la-931", null, DateTimeOffset.UnixEpoch);
        c.DecideAssessment(AssessmentDecision.Assess, new DateOnly(2026, 10, 1), null);
        c.DecideToIssue(IssueDecision.Issue, new DateOnly(2026, 12, 1), null);
        return c;
    }

    [Fact]
    public void Deciding_to_issue_needs_the_decision_to_assess_first_and_cannot_come_before_it()
    {
        var c = EhcCase.Receive(new AssessmentRequest("931", new Child("Sam", "Taylor", new DateOnly(2018, 5, 1), "U", "OX1 1AA", null), RequestSource.Parent, null, Received),
            "la-931", null, DateTimeOffset.UnixEpoch);
        Assert.Equal("decision", Assert.Throws<DomainRuleException>(() => c.DecideToIssue(IssueDecision.Issue, Received, null)).Problems.Single().Field);
        c.DecideAssessment(AssessmentDecision.Assess, new DateOnly(2026, 10, 1), null);
        Assert.Equal("decided_on", Assert.Throws<DomainRuleException>(() => c.DecideToIssue(IssueDecision.Issue, new DateOnly(2026, 9, 30), null)).Problems.Single().Field);
    }

    [Theory]
    // 16 weeks from 1 September 2026 is 22 December.
    [InlineData("2026-12-22", true)]
    [InlineData("2026-12-23", false)]
    public void A_decision_not_to_issue_is_in_time_up_to_sixteen_weeks_from_the_request(string on, bool inTime)
    {
        var c = EhcCase.Receive(new AssessmentRequest("931", new Child("Sam", "Taylor", new DateOnly(2018, 5, 1), "U", "OX1 1AA", null), RequestSource.Parent, null, Received),
            "la-931", null, DateTimeOffset.UnixEpoch);
        c.DecideAssessment(AssessmentDecision.Assess, new DateOnly(2026, 10, 1), null);
        c.DecideToIssue(IssueDecision.NotIssue, DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture), "reasons");
        Assert.Equal((CaseStage.NotIssued, inTime), (c.Stage, c.IssueDecidedInTime));
        Assert.Null(c.Next);
    }

    [Fact]
    public void A_draft_names_no_setting_and_a_retried_draft_is_not_a_new_version()
    {
        var c = Drafting();
        Assert.Equal("plan.i_placement.urn", Assert.Throws<DomainRuleException>(() => c.IssueDraft(new DateOnly(2026, 12, 2), Final, 0, "a")).Problems.Single().Field);
        Assert.Equal((1, true), (c.IssueDraft(new DateOnly(2026, 12, 2), Draft, 0, "a") is var (first, created) ? (first.Number, created) : default));
        Assert.False(c.IssueDraft(new DateOnly(2026, 12, 2), Draft, 0, "a").Created);
        Assert.Equal(2, c.IssueDraft(new DateOnly(2026, 12, 3), Draft, 0, "b").Entry.Number);
        Assert.Equal("issued_on", Assert.Throws<DomainRuleException>(() => c.IssueDraft(new DateOnly(2026, 12, 2), Draft, 0, "c")).Problems.Single().Field);
    }

    [Fact]
    public void The_final_plan_comes_after_the_familys_fifteen_days_on_the_latest_draft_and_is_timed_against_twenty_weeks()
    {
        var c = Drafting();
        c.IssueDraft(new DateOnly(2026, 12, 2), Draft, 0, "a");
        // 15 days beginning with 2 December end on 16 December.
        Assert.Equal(new DateOnly(2026, 12, 16), StatutoryPeriods.DraftRepresentations.EndsOn(c.LatestDraft!.IssuedOn));
        Assert.Equal("issued_on", Assert.Throws<DomainRuleException>(() => c.IssueFinal(new DateOnly(2026, 12, 16), null, Final, [], "f")).Problems.Single().Field);
        c.IssueFinal(new DateOnly(2026, 12, 17), null, Final, [], "f");
        Assert.Equal((CaseStage.PlanIssued, 107, true), (c.Stage, c.DaysToIssue, c.PlanIssuedInTime));
        Assert.Equal(new DueStep(StatutoryPeriods.AnnualReview, new DateOnly(2027, 12, 17)), c.Next);
    }

    [Fact]
    public void A_final_plan_with_any_finding_or_no_setting_is_refused_naming_each()
    {
        var c = Drafting();
        c.IssueDraft(new DateOnly(2026, 12, 2), Draft, 0, "a");
        var refused = Assert.Throws<DomainRuleException>(() => c.IssueFinal(new DateOnly(2026, 12, 20), null, Draft,
            [new PlanFinding("F", "PROVISION_NOT_SPECIFIC", "Provision must say how often.", "f_special_educational_provision.items[0]")], "f"));
        Assert.Equal(["plan.f_special_educational_provision.items[0]", "plan.i_placement.urn"], refused.Problems.Select(p => p.Field));
        Assert.Equal(CaseStage.Drafting, c.Stage);
    }

    [Fact]
    public void A_child_under_five_has_the_plan_reviewed_within_six_months()
    {
        var c = Drafting(dateOfBirth: new DateOnly(2024, 1, 10));
        c.IssueDraft(new DateOnly(2026, 12, 2), Draft, 0, "a");
        c.IssueFinal(new DateOnly(2026, 12, 10), new DateOnly(2026, 12, 9), Final, [], "f");
        Assert.Equal(new DueStep(StatutoryPeriods.EarlyYearsReview, new DateOnly(2027, 6, 10)), c.Next);
    }

    [Fact]
    public void An_exception_applies_only_while_the_LAs_clock_runs_and_from_the_request_on()
    {
        var c = Drafting();
        Assert.Equal("started_on", Assert.Throws<DomainRuleException>(() => c.RecordException(new TimescaleException(ExceptionKind.SchoolClosure, Received.AddDays(-1), null)))
            .Problems.Single().Field);
        Assert.True(c.RecordException(new TimescaleException(ExceptionKind.SchoolClosure, Received.AddDays(10), null)));
        Assert.False(c.RecordException(new TimescaleException(ExceptionKind.SchoolClosure, Received.AddDays(10), null)));
        Assert.True(c.HasException);
        c.IssueDraft(new DateOnly(2026, 12, 2), Draft, 0, "a");
        c.IssueFinal(new DateOnly(2026, 12, 20), null, Final, [], "f");
        Assert.Throws<DomainRuleException>(() => c.RecordException(new TimescaleException(ExceptionKind.AbsentFromArea, Received.AddDays(20), null)));
    }
}
