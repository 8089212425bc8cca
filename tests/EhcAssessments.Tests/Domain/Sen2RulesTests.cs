using SendPlatform.EhcAssessments.Domain.Cases;
using SendPlatform.EhcAssessments.Domain.Plans;
using SendPlatform.EhcAssessments.Domain.Returns;

namespace SendPlatform.EhcAssessments.Tests.Domain;

/// <summary>What the SEN2 return says of a case at its census day, and what its checks find, at each rule's boundary.</summary>
public sealed class Sen2RulesTests
{
    private static readonly Sen2Period Census2027 = new(new DateOnly(2027, 1, 21));

    private static EhcCase Received(DateOnly on, DateOnly? born = null, string? upn = "R936200001001") =>
        EhcCase.Receive(new AssessmentRequest("931", new Child("Sam", "Taylor", born ?? new DateOnly(2018, 5, 1), "M", "OX1 1AA", upn),
            RequestSource.Setting, "100000", on), "la-931", null, DateTimeOffset.UnixEpoch);

    private static EhcCase InForce(DateOnly issued, string? need = "ASD", DateOnly? born = null)
    {
        var c = Received(issued.AddDays(-140), born);
        c.DecideAssessment(AssessmentDecision.Assess, issued.AddDays(-100), null);
        c.DecideToIssue(IssueDecision.Issue, issued.AddDays(-40), null);
        c.IssueDraft(issued.AddDays(-30), new PlanFacts(need, "MAINSTREAM", null), 0, "d");
        c.IssueFinal(issued, null, new PlanFacts(need, "MAINSTREAM", "100000"), [], "f");
        return c;
    }

    private static Sen2Request Only(EhcCase c, Sen2Period? period = null) => Sen2Cases.People([c], period ?? Census2027).Single().Requests.Single();

    [Fact]
    public void A_decision_made_after_the_census_day_is_not_yet_made_and_one_before_the_year_is_historical_without_its_date()
    {
        var c = Received(new DateOnly(2026, 12, 1));
        c.DecideAssessment(AssessmentDecision.Assess, new DateOnly(2027, 1, 22), null);
        Assert.Equal(("A", (DateOnly?)null, "2"), (Only(c).Outcome, Only(c).OutcomeDate, Only(c).Source));
        Assert.Null(Only(c).Assessment);
        Assert.Equal(("Y", new DateOnly(2027, 1, 22)), (Only(c, new Sen2Period(new DateOnly(2027, 1, 22))).Outcome, Only(c, new Sen2Period(new DateOnly(2027, 1, 22))).OutcomeDate));

        var old = InForce(new DateOnly(2026, 2, 1));
        var request = Only(old);
        Assert.Equal(("H", (DateOnly?)null, "H", (DateOnly?)null, (bool?)null), (request.Outcome, request.OutcomeDate, request.Assessment!.Outcome, request.Assessment.OutcomeDate, request.Assessment.ExceptionsApply));
        Assert.Equal(new DateOnly(2026, 2, 1), request.Assessment.NamedPlan!.StartDate);
    }

    [Fact]
    public void A_plan_is_active_up_to_the_day_before_it_ceases_and_is_returned_ceased_only_when_that_was_in_the_period()
    {
        var c = InForce(new DateOnly(2026, 3, 2));
        c.DecideToCease(new DateOnly(2026, 11, 10), CeaseReason.HigherEducation);
        c.Cease(new DateOnly(2027, 1, 21), CeaseReason.HigherEducation);
        var ceased = Only(c);
        Assert.Null(ceased.ActivePlan);
        Assert.Equal((new DateOnly(2027, 1, 21), "3"), (ceased.Assessment!.NamedPlan!.CeaseDate, ceased.Assessment.NamedPlan.CeaseReason));
        var dayBefore = Only(c, new Sen2Period(new DateOnly(2027, 1, 20)));
        Assert.Equal(("100000", "ASD", (DateOnly?)null), (dayBefore.ActivePlan!.Urn, dayBefore.ActivePlan.PrimaryNeed, dayBefore.Assessment!.NamedPlan!.CeaseDate));
        Assert.Single(Sen2Cases.People([c], new Sen2Period(new DateOnly(2028, 1, 20))));
        Assert.Empty(Sen2Cases.People([c], new Sen2Period(new DateOnly(2029, 1, 18))));
    }

    [Fact]
    public void A_plan_that_transferred_in_is_historical_for_the_receiving_LA_and_names_the_LA_it_came_from_in_the_year_of_the_move()
    {
        var c = InForce(new DateOnly(2026, 3, 2));
        c.Transfer("202", new DateOnly(2026, 9, 1));
        var moved = Only(c);
        Assert.Equal(("H", "H", "931"), (moved.Outcome, moved.Assessment!.Outcome, moved.ActivePlan!.TransferLa));
        Assert.Null(Only(c, new Sen2Period(new DateOnly(2028, 1, 20))).ActivePlan!.TransferLa);
    }

    [Fact]
    public void Each_of_the_Acts_grounds_for_ceasing_has_its_SEN2_code()
    {
        Assert.Equal(["5", "2", "1", "3", "6", "8"], Enum.GetValues<CeaseReason>().Select(Sen2Codes.Reason));
        Assert.Equal(["1", "1", "2"], Enum.GetValues<RequestSource>().Select(Sen2Codes.Source));
    }

    [Fact]
    public void Checks_find_a_missing_UPN_from_age_6_an_overage_or_needless_active_plan_an_overdue_review_and_late_decisions()
    {
        var underSix = Sen2Cases.People([Received(new DateOnly(2027, 1, 5), born: new DateOnly(2021, 1, 22), upn: null)], Census2027).Single();
        var six = Sen2Cases.People([Received(new DateOnly(2027, 1, 5), born: new DateOnly(2021, 1, 21), upn: null)], Census2027).Single();
        Assert.Equal(("UN1", (string?)null), (underSix.UpnUnknown, six.UpnUnknown));
        Assert.DoesNotContain(Sen2Checks.Check([underSix], Census2027), i => i.Rule == "upn");
        Assert.Contains(Sen2Checks.Check([six], Census2027), i => i is { Rule: "upn", Severity: Sen2Severity.Error });

        // The decision whether to assess is due 6 weeks from the request: 2026-12-10 + 6 weeks = 2027-01-21, the census day.
        Assert.DoesNotContain(Rules(Received(new DateOnly(2026, 12, 10))), r => r == "request-outcome-overdue");
        Assert.Contains("request-outcome-overdue", Rules(Received(new DateOnly(2026, 12, 9))));

        // Reviewed at least every 12 months: issued 2026-01-21 is due 2027-01-21, on the census day.
        Assert.DoesNotContain("review-overdue", Rules(InForce(new DateOnly(2026, 1, 21))));
        Assert.Contains("review-overdue", Rules(InForce(new DateOnly(2026, 1, 20))));
        Assert.Contains("sen-type", Rules(InForce(new DateOnly(2026, 6, 1), need: null)));
        Assert.Contains("active-plan-age", Rules(InForce(new DateOnly(2026, 6, 1), born: new DateOnly(2001, 1, 20))));
        Assert.DoesNotContain("active-plan-age", Rules(InForce(new DateOnly(2026, 6, 1), born: new DateOnly(2001, 1, 22))));
    }

    [Fact]
    public void Checks_find_dates_out_of_order_in_a_return_and_a_ceased_plan_without_its_reason()
    {
        var assessment = new Sen2Assessment("Y", new DateOnly(2026, 3, 1), false, false, false, false, false,
            new Sen2NamedPlan(new DateOnly(2026, 3, 1), "100000", new DateOnly(2026, 9, 1), null));
        var request = new Sen2Request(Guid.NewGuid(), new DateOnly(2026, 5, 1), "1", "Y", new DateOnly(2026, 4, 1), false, false, assessment, null);
        var person = new Sen2Person("Taylor", "Sam", new DateOnly(2018, 5, 1), "M", "OX1 1AA", "R936200001001", null, [request]);
        var issues = Sen2Checks.Check([person], Census2027);
        Assert.Equal(["request-outcome-date", "assessment-outcome-date", "cease-reason", "ethnicity"], issues.Select(i => i.Rule));
        Assert.All(issues.Take(3), i => Assert.Equal((Sen2Severity.Error, (Guid?)request.CaseId), (i.Severity, i.CaseId)));
        Assert.Empty(Sen2Checks.Check([], Census2027));
    }

    private static IEnumerable<string> Rules(EhcCase c) => Sen2Checks.Check(Sen2Cases.People([c], Census2027), Census2027).Select(i => i.Rule);
}
