using SendPlatform.EhcAssessments.Domain.Advice;
using SendPlatform.EhcAssessments.Domain.Cases;

namespace SendPlatform.EhcAssessments.Tests.Domain;

public sealed class AdviceRulesTests
{
    private static readonly DateOnly Assessing = new(2026, 10, 5);

    private static EhcCase Requested() =>
        EhcCase.Receive(new AssessmentRequest("931", new Child("Sam", "Taylor", new DateOnly(2018, 5, 1), "U", "OX1 1AA", null),
            RequestSource.Parent, null, new DateOnly(2026, 9, 1)), "la-931", null, DateTimeOffset.UnixEpoch);

    private static string Field(Action act) => Assert.Throws<DomainRuleException>(act).Problems.Single().Field;

    [Fact]
    public void Each_advice_is_due_6_weeks_from_its_request_and_in_time_if_it_arrives_by_then()
    {
        var c = Requested();
        c.DecideAssessment(AssessmentDecision.Assess, Assessing, null);
        Assert.True(c.RequestAdvice(AdviceKind.Psychological, new DateOnly(2026, 10, 6)));
        Assert.True(c.RequestAdvice(AdviceKind.Medical, new DateOnly(2026, 10, 6)));
        Assert.Equal(new DateOnly(2026, 11, 17), c.Advice[0].DueOn);

        Assert.True(c.RecordAdvice(AdviceKind.Psychological, new DateOnly(2026, 11, 17)));
        Assert.True(c.RecordAdvice(AdviceKind.Medical, new DateOnly(2026, 11, 18)));
        Assert.Equal([true, false], c.Advice.Select(a => a.ReceivedInTime));
        // The LA's own clock runs on regardless: the final plan is still due 20 weeks from the request.
        Assert.Equal(c.FinalPlanDueOn, c.Next!.DueOn);
    }

    [Fact]
    public void Advice_is_asked_for_once_of_each_kind_during_the_assessment_and_received_once_after_it_was_asked_for()
    {
        var c = Requested();
        Assert.Equal("kind", Field(() => c.RequestAdvice(AdviceKind.Educational, Assessing)));
        c.DecideAssessment(AssessmentDecision.Assess, Assessing, null);
        Assert.Equal("requested_on", Field(() => c.RequestAdvice(AdviceKind.Educational, Assessing.AddDays(-1))));
        Assert.Equal("kind", Field(() => c.RecordAdvice(AdviceKind.Educational, Assessing)));
        c.RequestAdvice(AdviceKind.Educational, Assessing);
        Assert.False(c.RequestAdvice(AdviceKind.Educational, Assessing));
        Assert.Equal("kind", Field(() => c.RequestAdvice(AdviceKind.Educational, Assessing.AddDays(1))));
        Assert.Equal("received_on", Field(() => c.RecordAdvice(AdviceKind.Educational, Assessing.AddDays(-1))));
        c.RecordAdvice(AdviceKind.Educational, Assessing.AddDays(20));
        Assert.False(c.RecordAdvice(AdviceKind.Educational, Assessing.AddDays(20)));
        Assert.Equal("received_on", Field(() => c.RecordAdvice(AdviceKind.Educational, Assessing.AddDays(21))));

        c.DecideToIssue(IssueDecision.Issue, Assessing.AddDays(60), null);
        Assert.Equal("kind", Field(() => c.RequestAdvice(AdviceKind.SocialCare, Assessing.AddDays(61))));
    }

    [Fact]
    public void Advice_not_arrived_is_overdue_the_day_after_its_due_day()
    {
        var advice = new AdviceRequest(AdviceKind.SocialCare, new DateOnly(2026, 10, 6), null);
        Assert.False(advice.OverdueOn(new DateOnly(2026, 11, 17)));
        Assert.True(advice.OverdueOn(new DateOnly(2026, 11, 18)));
        Assert.False((advice with { ReceivedOn = new DateOnly(2026, 12, 1) }).OverdueOn(new DateOnly(2026, 12, 2)));
    }
}
