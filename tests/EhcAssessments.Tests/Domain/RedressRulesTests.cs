using SendPlatform.EhcAssessments.Domain.Cases;
using SendPlatform.EhcAssessments.Domain.Plans;
using SendPlatform.EhcAssessments.Domain.Redress;
using SendPlatform.EhcAssessments.Domain.Timescales;

namespace SendPlatform.EhcAssessments.Tests.Domain;

public sealed class RedressRulesTests
{
    private static readonly DateOnly Refused = new(2026, 12, 1);

    private static EhcCase Requested() =>
        EhcCase.Receive(new AssessmentRequest("931", new Child("Sam", "Taylor", new DateOnly(2018, 5, 1), "U", "OX1 1AA", null),
            RequestSource.Parent, null, new DateOnly(2026, 10, 26)), "la-931", null, DateTimeOffset.UnixEpoch);

    private static EhcCase RefusedAssessment()
    {
        var c = Requested();
        c.DecideAssessment(AssessmentDecision.NotAssess, Refused, "Needs met in school");
        return c;
    }

    private static string Field(Action act) => Assert.Throws<DomainRuleException>(act).Problems.Single().Field;

    [Fact]
    public void Without_mediation_the_certificate_is_due_in_3_working_days_skipping_Christmas_and_the_substitute_Boxing_Day()
    {
        var c = RefusedAssessment();
        Assert.True(c.RecordMediation(DisagreementSubject.NotToAssess, new MediationFacts(new DateOnly(2026, 12, 23), false, null, null)));
        var d = Assert.Single(c.Disagreements);
        // 24 December, then 25 (Christmas), 26-27 (weekend) and 28 (Boxing Day substitute) are skipped: 29, 30.
        Assert.Equal(new DateOnly(2026, 12, 30), d.CertificateDueOn);
        Assert.Null(d.MediationDueOn);
        Assert.Equal(new DateOnly(2027, 2, 1), d.AppealDeadline);
        // A certificate issued late in the window gives a month from it, when that is later than the 2 months.
        Assert.True(c.RecordMediation(DisagreementSubject.NotToAssess, new MediationFacts(new DateOnly(2026, 12, 23), false, null, new DateOnly(2027, 1, 15))));
        Assert.Equal(new DateOnly(2027, 2, 15), d.AppealDeadline);
        Assert.Equal(new DateOnly(2027, 2, 15), c.AppealDeadline);
    }

    [Fact]
    public void Wanted_mediation_is_due_in_30_days_and_its_certificate_3_working_days_after_it()
    {
        var c = RefusedAssessment();
        var contacted = new DateOnly(2027, 1, 4);
        Assert.True(c.RecordMediation(DisagreementSubject.NotToAssess, new MediationFacts(contacted, true, null, null)));
        var d = c.Disagreements.Single();
        Assert.Equal((new DateOnly(2027, 2, 3), (DateOnly?)null), (d.MediationDueOn, d.CertificateDueOn));
        Assert.True(c.RecordMediation(DisagreementSubject.NotToAssess, new MediationFacts(contacted, true, new DateOnly(2027, 1, 20), null)));
        Assert.Equal(new DateOnly(2027, 1, 25), d.CertificateDueOn);
        // The same facts again change nothing; a fact recorded cannot change.
        Assert.False(c.RecordMediation(DisagreementSubject.NotToAssess, new MediationFacts(contacted, true, new DateOnly(2027, 1, 20), null)));
        Assert.Equal("adviser_contacted_on", Field(() => c.RecordMediation(DisagreementSubject.NotToAssess, new MediationFacts(contacted.AddDays(1), true, null, null))));
        Assert.Equal("mediation_held_on", Field(() => c.RecordMediation(DisagreementSubject.NotToAssess, new MediationFacts(contacted, true, new DateOnly(2027, 1, 21), null))));
    }

    [Fact]
    public void Mediation_facts_come_in_order_after_the_decision()
    {
        var c = RefusedAssessment();
        Assert.Equal("adviser_contacted_on", Field(() => c.RecordMediation(DisagreementSubject.NotToAssess, new MediationFacts(Refused.AddDays(-1), false, null, null))));
        Assert.Equal("mediation_held_on", Field(() => c.RecordMediation(DisagreementSubject.NotToAssess, new MediationFacts(Refused, false, Refused.AddDays(5), null))));
        Assert.Equal("mediation_held_on", Field(() => c.RecordMediation(DisagreementSubject.NotToAssess, new MediationFacts(Refused.AddDays(5), true, Refused.AddDays(4), null))));
        Assert.Equal("certificate_issued_on", Field(() => c.RecordMediation(DisagreementSubject.NotToAssess,
            new MediationFacts(Refused.AddDays(5), true, Refused.AddDays(10), Refused.AddDays(9)))));
        Assert.DoesNotContain(c.Disagreements, d => d.AdviserContactedOn is not null);
    }

    [Fact]
    public void Only_a_decision_in_force_can_be_disagreed_with()
    {
        var c = Requested();
        Assert.Equal("subject", Field(() => c.RegisterAppeal(DisagreementSubject.NotToAssess, Refused, null)));
        c.DecideAssessment(AssessmentDecision.Assess, Refused, null);
        Assert.Equal("subject", Field(() => c.RegisterAppeal(DisagreementSubject.NotToAssess, Refused, null)));
        Assert.Equal("subject", Field(() => c.RegisterAppeal(DisagreementSubject.NotToIssue, Refused, null)));
        Assert.Equal("subject", Field(() => c.RegisterAppeal(DisagreementSubject.PlanContents, Refused, null)));
    }

    [Fact]
    public void A_late_appeal_is_recorded_as_late_and_registered_once()
    {
        var c = RefusedAssessment();
        Assert.Equal("registered_on", Field(() => c.RegisterAppeal(DisagreementSubject.NotToAssess, Refused.AddDays(-1), null)));
        Assert.True(c.RegisterAppeal(DisagreementSubject.NotToAssess, new DateOnly(2027, 2, 2), "EH931/27/00001"));
        Assert.False(c.Disagreements.Single().AppealInTime);
        Assert.False(c.RegisterAppeal(DisagreementSubject.NotToAssess, new DateOnly(2027, 2, 2), "EH931/27/00001"));
        Assert.Equal("registered_on", Field(() => c.RegisterAppeal(DisagreementSubject.NotToAssess, new DateOnly(2027, 2, 1), "EH931/27/00001")));

        var inTime = RefusedAssessment();
        inTime.RegisterAppeal(DisagreementSubject.NotToAssess, new DateOnly(2027, 2, 1), null);
        Assert.True(inTime.Disagreements.Single().AppealInTime);
    }

    [Fact]
    public void An_upheld_appeal_against_not_assessing_orders_the_decision_to_assess_within_4_weeks()
    {
        var c = RefusedAssessment();
        Assert.Equal("outcome", Field(() => c.RecordAppealOutcome(DisagreementSubject.NotToAssess, AppealOutcome.Upheld, new DateOnly(2027, 3, 1))));
        c.RegisterAppeal(DisagreementSubject.NotToAssess, new DateOnly(2027, 1, 10), null);
        Assert.Equal("decided_on", Field(() => c.RecordAppealOutcome(DisagreementSubject.NotToAssess, AppealOutcome.Upheld, new DateOnly(2027, 1, 9))));
        // Until the outcome, the refusal stands.
        Assert.Throws<DomainRuleException>(() => c.DecideAssessment(AssessmentDecision.Assess, new DateOnly(2027, 2, 1), null));

        Assert.True(c.RecordAppealOutcome(DisagreementSubject.NotToAssess, AppealOutcome.Upheld, new DateOnly(2027, 3, 1)));
        Assert.False(c.RecordAppealOutcome(DisagreementSubject.NotToAssess, AppealOutcome.Upheld, new DateOnly(2027, 3, 1)));
        Assert.Equal("outcome", Field(() => c.RecordAppealOutcome(DisagreementSubject.NotToAssess, AppealOutcome.Dismissed, new DateOnly(2027, 3, 1))));
        Assert.Equal(new DueStep(StatutoryPeriods.OrderToAssess, new DateOnly(2027, 3, 29)), c.Next);
        Assert.Equal(new DateOnly(2027, 3, 29), c.NextDueOn);

        Assert.Equal("decided_on", Field(() => c.DecideAssessment(AssessmentDecision.Assess, new DateOnly(2027, 2, 28), null)));
        Assert.True(c.DecideAssessment(AssessmentDecision.Assess, new DateOnly(2027, 3, 15), null));
        Assert.Equal((CaseStage.Assessing, new DateOnly(2027, 3, 15)), (c.Stage, c.Disagreements.Single().OrderCompliedOn));
        Assert.Equal(StatutoryPeriods.FinalPlan, c.Next!.Period);
        Assert.False(c.DecideAssessment(AssessmentDecision.Assess, new DateOnly(2027, 3, 15), null));
    }

    [Fact]
    public void A_dismissed_appeal_leaves_the_refusal_standing()
    {
        var c = RefusedAssessment();
        c.RegisterAppeal(DisagreementSubject.NotToAssess, new DateOnly(2027, 1, 10), null);
        c.RecordAppealOutcome(DisagreementSubject.NotToAssess, AppealOutcome.Dismissed, new DateOnly(2027, 3, 1));
        Assert.Null(c.Next);
        Assert.Equal("decision", Field(() => c.DecideAssessment(AssessmentDecision.Assess, new DateOnly(2027, 3, 15), null)));
        Assert.Equal(CaseStage.NotAssessed, c.Stage);
    }

    [Fact]
    public void A_conceded_appeal_against_not_issuing_reopens_the_decision_to_issue_a_plan_within_5_weeks()
    {
        var c = Requested();
        c.DecideAssessment(AssessmentDecision.Assess, new DateOnly(2026, 11, 2), null);
        c.DecideToIssue(IssueDecision.NotIssue, Refused, "Needs can be met without a plan");
        c.RegisterAppeal(DisagreementSubject.NotToIssue, new DateOnly(2027, 1, 10), null);
        c.RecordAppealOutcome(DisagreementSubject.NotToIssue, AppealOutcome.Conceded, new DateOnly(2027, 2, 1));
        Assert.Equal(new DueStep(StatutoryPeriods.OrderOnThePlan, new DateOnly(2027, 3, 8)), c.Next);
        Assert.True(c.DecideToIssue(IssueDecision.Issue, new DateOnly(2027, 2, 3), null));
        Assert.Equal(CaseStage.Drafting, c.Stage);
    }

    [Fact]
    public void An_upheld_appeal_on_the_plans_contents_sends_the_plan_back_for_amending_within_5_weeks()
    {
        var c = Requested();
        c.DecideAssessment(AssessmentDecision.Assess, new DateOnly(2026, 11, 2), null);
        c.DecideToIssue(IssueDecision.Issue, new DateOnly(2026, 12, 1), null);
        c.IssueDraft(new DateOnly(2026, 12, 2), new PlanFacts("ASD", "MAINSTREAM", null), 0, "d");
        c.IssueFinal(new DateOnly(2027, 1, 4), null, new PlanFacts("ASD", "MAINSTREAM", "100000"), [], "f");
        Assert.Equal("plan", Field(() => c.IssueAmended(new DateOnly(2027, 3, 1), new PlanFacts("ASD", "SPECIAL", "100001"), [], "a")));

        c.RecordMediation(DisagreementSubject.PlanContents, new MediationFacts(new DateOnly(2027, 1, 6), false, null, new DateOnly(2027, 1, 8)));
        c.RegisterAppeal(DisagreementSubject.PlanContents, new DateOnly(2027, 1, 20), null);
        c.RecordAppealOutcome(DisagreementSubject.PlanContents, AppealOutcome.Upheld, new DateOnly(2027, 4, 1));
        Assert.Equal((CaseStage.Amending, new DueStep(StatutoryPeriods.OrderOnThePlan, new DateOnly(2027, 5, 6))), (c.Stage, c.Next));

        Assert.Equal("issued_on", Field(() => c.IssueAmended(new DateOnly(2027, 3, 31), new PlanFacts("ASD", "SPECIAL", "100001"), [], "a")));
        c.IssueAmended(new DateOnly(2027, 5, 6), new PlanFacts("ASD", "SPECIAL", "100001"), [], "a");
        Assert.Equal((CaseStage.PlanIssued, true, new DateOnly(2027, 5, 6)), (c.Stage, c.AmendedInTime, c.Disagreements.Single().OrderCompliedOn));
        Assert.Equal(StatutoryPeriods.AnnualReview, c.Next!.Period);
        // The amended plan is a new decision: a new disagreement about it starts afresh.
        c.RegisterAppeal(DisagreementSubject.PlanContents, new DateOnly(2027, 5, 20), null);
        Assert.Equal([new DateOnly(2027, 1, 4), new DateOnly(2027, 5, 6)], c.Disagreements.Select(d => d.DecisionOn));
    }
}
