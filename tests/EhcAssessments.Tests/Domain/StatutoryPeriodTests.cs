using SendPlatform.EhcAssessments.Domain.Timescales;

namespace SendPlatform.EhcAssessments.Tests.Domain;

public sealed class StatutoryPeriodTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-09-01", "2026-10-13")]
    // Weeks are calendar weeks: Christmas and New Year's Day move nothing.
    [InlineData("2026-12-01", "2027-01-12")]
    public void The_decision_whether_to_assess_is_due_six_weeks_after_the_request(string received, string due) =>
        Assert.Equal(D(due), StatutoryPeriods.DecisionToAssess.EndsOn(D(received)));

    [Fact]
    public void The_final_plan_is_due_twenty_weeks_after_the_request() =>
        Assert.Equal(D("2027-01-19"), StatutoryPeriods.FinalPlan.EndsOn(D("2026-09-01")));

    [Fact]
    public void Fifteen_days_beginning_with_the_day_a_draft_is_served_count_that_day_as_the_first() =>
        Assert.Equal(D("2026-11-16"), StatutoryPeriods.DraftRepresentations.EndsOn(D("2026-11-02")));

    [Theory]
    // Wednesday before Christmas: Thursday 24th is the first; Christmas, the weekend and Boxing Day's substitute
    // Monday are not working days; Tuesday 29th and Wednesday 30th make three.
    [InlineData("2026-12-23", "2026-12-30")]
    // From a Friday: Monday, Tuesday, Wednesday.
    [InlineData("2026-11-06", "2026-11-11")]
    public void A_mediation_certificate_is_due_three_working_days_on(string told, string due) =>
        Assert.Equal(D(due), StatutoryPeriods.MediationCertificate.EndsOn(D(told)));

    [Theory]
    [InlineData("2027-03-15", "2027-05-15")]
    // There is no 31 February: the window ends on its last day.
    [InlineData("2026-12-31", "2027-02-28")]
    public void The_appeal_window_is_two_calendar_months_from_the_decision(string decided, string last) =>
        Assert.Equal(D(last), StatutoryPeriods.AppealWindow.EndsOn(D(decided)));
}
