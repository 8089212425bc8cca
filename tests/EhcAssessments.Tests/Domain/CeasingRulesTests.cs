using SendPlatform.EhcAssessments.Domain.Cases;
using SendPlatform.EhcAssessments.Domain.Plans;
using SendPlatform.EhcAssessments.Domain.Redress;
using SendPlatform.EhcAssessments.Domain.Timescales;

namespace SendPlatform.EhcAssessments.Tests.Domain;

/// <summary>The decision to cease a plan, the family's time to appeal it, and when the plan may then cease (reg 31, s51(2)(f)).</summary>
public sealed class CeasingRulesTests
{
    private static readonly DateOnly Issued = CaseBuilder.Issued;
    private static readonly DateOnly Decided = new(2027, 6, 1);

    private static EhcCase InForce() => CaseBuilder.InForce(new DateOnly(2010, 5, 1));

    private static string Refused(Action step) => Assert.Throws<DomainRuleException>(step).Problems.Single().Field;

    [Fact]
    public void A_plan_ceases_for_a_reason_that_can_be_appealed_only_after_the_decision_and_the_two_months_to_appeal_it()
    {
        var c = InForce();
        Assert.Equal("ceased_on", Refused(() => c.Cease(new DateOnly(2027, 9, 1), CeaseReason.NoLongerNecessary)));

        Assert.True(c.DecideToCease(Decided, CeaseReason.NoLongerNecessary));
        Assert.False(c.DecideToCease(Decided, CeaseReason.NoLongerNecessary));
        Assert.Equal("decision", Refused(() => c.DecideToCease(Decided.AddDays(1), CeaseReason.NoLongerNecessary)));
        Assert.Equal((CaseStage.Ceasing, Decided, new DateOnly(2027, 8, 1)), (c.Stage, c.CeaseDecidedOn, c.AppealDeadline));
        // The plan is in force meanwhile, but the LA's next step is the cessation, which no regulation times.
        Assert.Null(c.Next);

        Assert.Equal("ceased_on", Refused(() => c.Cease(new DateOnly(2027, 8, 1), CeaseReason.NoLongerNecessary)));
        Assert.Equal("reason", Refused(() => c.Cease(new DateOnly(2027, 8, 2), CeaseReason.HigherEducation)));
        Assert.True(c.Cease(new DateOnly(2027, 8, 2), CeaseReason.NoLongerNecessary));
        Assert.Equal((CaseStage.Ceased, CeaseReason.NoLongerNecessary), (c.Stage, c.CeaseReason));
    }

    [Fact]
    public void A_death_or_a_move_ends_the_plan_at_once_and_needs_no_decision_to_cease()
    {
        var c = InForce();
        Assert.True(c.Cease(new DateOnly(2027, 3, 1), CeaseReason.Died));
        var moved = InForce();
        moved.DecideToCease(Decided, CeaseReason.NoLongerNecessary);
        Assert.True(moved.Cease(Decided.AddDays(3), CeaseReason.MovedToAnotherLa));
        Assert.Equal("decided_on", Refused(() => InForce().DecideToCease(Issued.AddDays(-1), CeaseReason.NoLongerNecessary)));
    }

    [Fact]
    public void While_the_family_appeals_the_plan_is_kept_and_an_appeal_won_keeps_it_in_force_with_its_reviews()
    {
        var c = InForce();
        c.RecordReview(new AnnualReview(new DateOnly(2027, 5, 20), ReviewDecision.Cease, Decided));
        Assert.Equal((CaseStage.Ceasing, Decided), (c.Stage, c.CeaseDecidedOn));
        Assert.Equal("meeting_on", Refused(() => c.RecordReview(new AnnualReview(new DateOnly(2027, 6, 20), ReviewDecision.Maintain, new DateOnly(2027, 6, 21)))));

        Assert.True(c.RegisterAppeal(DisagreementSubject.Ceasing, new DateOnly(2027, 7, 15), null));
        Assert.Equal("ceased_on", Refused(() => c.Cease(new DateOnly(2027, 10, 1), CeaseReason.NoLongerNecessary)));
        Assert.True(c.RecordAppealOutcome(DisagreementSubject.Ceasing, AppealOutcome.Upheld, new DateOnly(2027, 11, 1)));
        Assert.Equal((CaseStage.PlanIssued, (DateOnly?)null, (CeaseReason?)null), (c.Stage, c.CeaseDecidedOn, c.CeaseReason));
        // Nothing is left for the LA to obey: the next step is the review, 12 months from the last meeting.
        Assert.Equal(new DueStep(StatutoryPeriods.AnnualReview, new DateOnly(2028, 5, 20)), c.Next);
        Assert.True(c.RecordReview(new AnnualReview(new DateOnly(2027, 12, 1), ReviewDecision.Maintain, new DateOnly(2027, 12, 8))));
    }

    [Fact]
    public void A_dismissed_appeal_lets_the_plan_cease_from_the_day_it_ended()
    {
        var c = InForce();
        c.DecideToCease(Decided, CeaseReason.HigherEducation);
        c.RegisterAppeal(DisagreementSubject.Ceasing, new DateOnly(2027, 7, 15), null);
        c.RecordAppealOutcome(DisagreementSubject.Ceasing, AppealOutcome.Dismissed, new DateOnly(2027, 11, 1));
        Assert.Equal(CaseStage.Ceasing, c.Stage);
        Assert.Equal("ceased_on", Refused(() => c.Cease(new DateOnly(2027, 10, 31), CeaseReason.HigherEducation)));
        Assert.True(c.Cease(new DateOnly(2027, 11, 1), CeaseReason.HigherEducation));
        Assert.Equal("subject", Refused(() => InForce().RegisterAppeal(DisagreementSubject.Ceasing, new DateOnly(2027, 7, 15), null)));
    }
}
