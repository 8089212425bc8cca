using System.Net;
using SendPlatform.TestKit;
using static SendPlatform.EhcAssessments.Tests.Api.CaseCalls;

namespace SendPlatform.EhcAssessments.Tests.Api;

public sealed class CeasingTests(EhcService service) : IClassFixture<EhcService>
{
    private readonly HttpClient _la = service.Factory.RestAs(TestOrganisation.La("931"));

    [Fact]
    public async Task The_LA_decides_to_cease_the_family_appeals_and_the_plan_stays_in_force_until_the_appeal_ends()
    {
        var id = await _la.DraftingCaseAsync(receivedDaysAgo: 300, assessedDaysAgo: 250);
        await _la.DraftAsync(id, Today.AddDays(-220));
        await _la.FinalAsync(id, Today.AddDays(-200));

        var (status, error) = await _la.PostJsonAsync($"/v1/ehc/cases/{id}:cease", new { ceasedOn = Iso(Today), reason = "CEASE_REASON_NO_LONGER_NECESSARY" });
        Assert.Equal((HttpStatusCode.PreconditionFailed, "ceased_on"), (status, error.PreconditionSubjects().Single()));

        (status, error) = await _la.PostJsonAsync($"/v1/ehc/cases/{id}:decide-to-cease", new { decidedOn = Iso(Today.AddDays(1)), reason = "CEASE_REASON_DIED" });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["decided_on", "reason"], error.ViolatedFields().Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, (await service.Factory.RestAs(TestOrganisation.La("202")).PostJsonAsync($"/v1/ehc/cases/{id}:decide-to-cease",
            new { decidedOn = Iso(Today.AddDays(-90)), reason = "CEASE_REASON_NO_LONGER_NECESSARY" })).Status);

        (status, var ceasing) = await _la.PostJsonAsync($"/v1/ehc/cases/{id}:decide-to-cease", new { decidedOn = Iso(Today.AddDays(-90)), reason = "CEASE_REASON_NO_LONGER_NECESSARY" });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(("CASE_STAGE_CEASING", Iso(Today.AddDays(-90)), Iso(Today.AddDays(-90).AddMonths(2)), "CEASE_REASON_NO_LONGER_NECESSARY"),
            (ceasing.GetProperty("stage").GetString(), ceasing.GetProperty("ceaseDecidedOn").GetString(), ceasing.GetProperty("appealDeadline").GetString(),
             ceasing.GetProperty("ceaseReason").GetString()));

        Assert.Equal(HttpStatusCode.OK, (await _la.PostJsonAsync($"/v1/ehc/cases/{id}:register-appeal",
            new { subject = "DISAGREEMENT_SUBJECT_CEASING", registeredOn = Iso(Today.AddDays(-60)) })).Status);
        (status, error) = await _la.PostJsonAsync($"/v1/ehc/cases/{id}:cease", new { ceasedOn = Iso(Today), reason = "CEASE_REASON_NO_LONGER_NECESSARY" });
        Assert.Equal((HttpStatusCode.PreconditionFailed, "ceased_on"), (status, error.PreconditionSubjects().Single()));

        (status, var kept) = await _la.PostJsonAsync($"/v1/ehc/cases/{id}:record-appeal-outcome",
            new { subject = "DISAGREEMENT_SUBJECT_CEASING", outcome = "APPEAL_OUTCOME_UPHELD", decidedOn = Iso(Today.AddDays(-5)) });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(("CASE_STAGE_PLAN_ISSUED", "annual review", ""), (kept.GetProperty("stage").GetString(), kept.GetProperty("next").GetProperty("step").GetString(),
            kept.GetProperty("ceaseDecidedOn").GetString()));
    }

    [Fact]
    public async Task The_LA_records_the_phases_of_the_childs_schools_and_the_next_phase_transfer_follows_them()
    {
        // A child who moves into Year 3 on the first 1 September at least 30 days away (7 on the 31 August before), with
        // a plan issued 60 days before the September a year earlier: more than 12 months before the move, so the plan
        // did not prepare for it, and its first review (early July) comes after 15 February of the move's year.
        var soon = Today.AddDays(30);
        var september = new DateOnly(soon.Year, 9, 1) >= soon ? new DateOnly(soon.Year, 9, 1) : new DateOnly(soon.Year + 1, 9, 1);
        var issuedDaysAgo = Today.DayNumber - september.AddYears(-1).AddDays(-60).DayNumber;
        var request = ParentRequest(daysAgo: issuedDaysAgo + 130);
        ((Dictionary<string, object>)request["child"])["dateOfBirth"] = Iso(new DateOnly(september.Year - 7, 1, 1));
        var id = (await _la.RequestAsync(request)).Id();
        await _la.DecideAsync(id, "ASSESSMENT_DECISION_ASSESS", Today.AddDays(-issuedDaysAgo - 60));
        await _la.PostJsonAsync($"/v1/ehc/cases/{id}:decide-plan", new { decision = "ISSUE_DECISION_ISSUE", decidedOn = Iso(Today.AddDays(-issuedDaysAgo - 60)) });
        await _la.DraftAsync(id, Today.AddDays(-issuedDaysAgo - 30));
        var (_, final) = await _la.FinalAsync(id, Today.AddDays(-issuedDaysAgo));
        Assert.Equal(("SCHOOL_SYSTEM_PRIMARY_SECONDARY", "annual review"), (final.GetProperty("schoolSystem").GetString(), final.GetProperty("next").GetProperty("step").GetString()));

        var (status, error) = await _la.PostJsonAsync($"/v1/ehc/cases/{id}:set-school-system", new { schoolSystem = "SCHOOL_SYSTEM_UNSPECIFIED" });
        Assert.Equal((HttpStatusCode.BadRequest, "school_system"), (status, error.ViolatedFields().Single()));
        Assert.Equal(HttpStatusCode.Forbidden, (await service.Factory.RestAs(TestOrganisation.La("202")).PostJsonAsync($"/v1/ehc/cases/{id}:set-school-system",
            new { schoolSystem = "SCHOOL_SYSTEM_INFANT_JUNIOR" })).Status);

        (status, var set) = await _la.PostJsonAsync($"/v1/ehc/cases/{id}:set-school-system", new { schoolSystem = "SCHOOL_SYSTEM_INFANT_JUNIOR" });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(("SCHOOL_SYSTEM_INFANT_JUNIOR", "review and amendment before a phase transfer", Iso(new DateOnly(september.Year, 2, 15))),
            (set.GetProperty("schoolSystem").GetString(), set.GetProperty("next").GetProperty("step").GetString(), set.GetProperty("next").GetProperty("dueOn").GetString()));
    }
}
