using SendPlatform.EhcAssessments.Domain.Cases;
using SendPlatform.EhcAssessments.Domain.Plans;
using SendPlatform.EhcAssessments.Domain.Timescales;

namespace SendPlatform.EhcAssessments.Tests.Domain;

public sealed class TransferRulesTests
{
    private static readonly DateOnly Issued = CaseBuilder.Issued;

    private static EhcCase InForce() => CaseBuilder.InForce();

    [Fact]
    public void A_transferred_plan_is_the_receiving_LAs_with_six_weeks_to_decide_whether_to_reassess()
    {
        var c = InForce();
        Assert.True(c.Transfer("202", new DateOnly(2027, 3, 1)));
        Assert.False(c.Transfer("202", new DateOnly(2027, 3, 1)));
        Assert.Equal(("202", "931"), (c.LaCode, c.TransferredFromLa));
        Assert.Equal(new DueStep(StatutoryPeriods.TransferDecision, new DateOnly(2027, 4, 12)), c.Next);

        Assert.Equal("decided_on", Assert.Throws<DomainRuleException>(() => c.DecideOnReassessment(false, new DateOnly(2027, 2, 28))).Problems.Single().Field);
        Assert.True(c.DecideOnReassessment(false, new DateOnly(2027, 3, 20)));
        Assert.False(c.DecideOnReassessment(false, new DateOnly(2027, 3, 20)));
        Assert.Throws<DomainRuleException>(() => c.DecideOnReassessment(true, new DateOnly(2027, 3, 20)));
        // Then the annual review clock again, from the plan.
        Assert.Equal(new DueStep(StatutoryPeriods.AnnualReview, new DateOnly(2028, 1, 15)), c.Next);
    }

    [Fact]
    public void Only_a_plan_in_force_transfers_not_to_its_own_LA_nor_before_it_was_issued()
    {
        var c = InForce();
        Assert.Equal("to_la_code", Assert.Throws<DomainRuleException>(() => c.Transfer("931", new DateOnly(2027, 3, 1))).Problems.Single().Field);
        Assert.Equal("transferred_on", Assert.Throws<DomainRuleException>(() => c.Transfer("202", Issued.AddDays(-1))).Problems.Single().Field);
        Assert.Equal("reassess", Assert.Throws<DomainRuleException>(() => c.DecideOnReassessment(true, Issued)).Problems.Single().Field);
        c.Cease(new DateOnly(2027, 2, 1), CeaseReason.Died);
        Assert.Throws<DomainRuleException>(() => c.Transfer("202", new DateOnly(2027, 3, 1)));
    }
}
