using SendPlatform.EhcAssessments.Domain.Cases;

namespace SendPlatform.EhcAssessments.Tests.Domain;

public sealed class RequestRulesTests
{
    private static readonly DateOnly Today = new(2027, 7, 1);

    private static AssessmentRequest Request(DateOnly dateOfBirth, DateOnly received, RequestSource source = RequestSource.Parent, string? settingUrn = null) =>
        new("931", new Child("Sam", "Taylor", dateOfBirth, "U", "OX1 1AA", null), source, settingUrn, received);

    private static IReadOnlyList<string> Violated(AssessmentRequest request)
    {
        var v = new Violations();
        RequestRules.Check(request, Today, v);
        return [.. v.Items.Select(i => i.Field)];
    }

    [Fact]
    public void A_young_person_asks_for_themselves_only_once_past_the_last_Friday_of_June_of_the_school_year_they_turn_16()
    {
        // 16 on 15 September 2026, so compulsory school age ends on Friday 25 June 2027.
        var dob = new DateOnly(2010, 9, 15);
        Assert.Equal(["source"], Violated(Request(dob, new DateOnly(2027, 6, 25), RequestSource.YoungPerson)));
        Assert.Empty(Violated(Request(dob, new DateOnly(2027, 6, 26), RequestSource.YoungPerson)));
        Assert.Empty(Violated(Request(dob, new DateOnly(2027, 6, 25), RequestSource.Parent)));
    }

    [Fact]
    public void A_young_person_of_25_on_the_day_of_the_request_is_past_the_age_EHC_plans_cover()
    {
        var dob = new DateOnly(2001, 12, 1);
        Assert.Empty(Violated(Request(dob, new DateOnly(2026, 11, 30), RequestSource.YoungPerson)));
        Assert.Equal(["child.date_of_birth"], Violated(Request(dob, new DateOnly(2026, 12, 1), RequestSource.YoungPerson)));
    }

    [Fact]
    public void A_request_is_not_received_in_the_future_nor_before_the_child_was_born()
    {
        Assert.Equal(["received_on"], Violated(Request(new DateOnly(2020, 1, 1), Today.AddDays(1))));
        Assert.Equal(["child.date_of_birth"], Violated(Request(new DateOnly(2027, 6, 2), new DateOnly(2027, 6, 1))));
    }

    [Fact]
    public void A_setting_names_itself_and_no_one_else_names_a_setting()
    {
        var dob = new DateOnly(2018, 5, 1);
        Assert.Equal(["requesting_setting_urn"], Violated(Request(dob, Today, RequestSource.Setting)));
        Assert.Empty(Violated(Request(dob, Today, RequestSource.Setting, "100000")));
        Assert.Equal(["requesting_setting_urn"], Violated(Request(dob, Today, RequestSource.Parent, "100000")));
    }
}
