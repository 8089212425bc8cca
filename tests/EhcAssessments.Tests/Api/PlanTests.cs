using System.Net;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.TestKit;
using static SendPlatform.EhcAssessments.Tests.Api.CaseCalls;

namespace SendPlatform.EhcAssessments.Tests.Api;

public sealed class PlanTests(EhcService service) : IClassFixture<EhcService>
{
    private readonly HttpClient _la = service.Factory.RestAs(TestOrganisation.La("931"));

    [Fact]
    public async Task A_case_runs_from_request_to_final_plan_each_version_kept_and_the_plan_announced_with_its_timeliness()
    {
        await using var observer = await BrokerObserver.StartAsync<EhcPlanIssued>(service.MessagingConnectionString);
        var id = await _la.DraftingCaseAsync(receivedDaysAgo: 150, assessedDaysAgo: 110);

        var (status, drafted) = await _la.DraftAsync(id, Today.AddDays(-30));
        Assert.Equal(HttpStatusCode.OK, status);
        var draft = drafted.GetProperty("planVersions").EnumerateArray().Single();
        Assert.Equal(("PLAN_KIND_DRAFT", Iso(Today.AddDays(-16))), (draft.GetProperty("kind").GetString(), draft.GetProperty("representationsDueOn").GetString()));
        // The draft names the type of setting but leaves the setting itself for the family: complete as a draft.
        Assert.Equal(0, draft.GetProperty("findingCount").GetInt32());

        (status, var issued) = await _la.FinalAsync(id, Today.AddDays(-2));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(("CASE_STAGE_PLAN_ISSUED", Iso(Today.AddDays(-2)), 148), (issued.GetProperty("stage").GetString(),
            issued.GetProperty("planIssuedOn").GetString(), issued.GetProperty("daysToIssue").GetInt32()));
        // 148 days is past the 20 weeks (140 days); the first review is due a year after the plan.
        Assert.False(issued.TryGetProperty("planIssuedInTime", out var inTime) && inTime.GetBoolean());
        Assert.Equal(("annual review", Iso(Today.AddDays(-2).AddMonths(12))), (issued.GetProperty("next").GetProperty("step").GetString(),
            issued.GetProperty("next").GetProperty("dueOn").GetString()));

        (status, var final) = await _la.GetJsonAsync($"/v1/ehc/cases/{id}/plans/2");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(("PLAN_KIND_FINAL", "100000", "2026.1"), (final.GetProperty("kind").GetString(),
            final.GetProperty("plan").GetProperty("iPlacement").GetProperty("urn").GetString(), final.GetProperty("standardsVersion").GetString()));
        Assert.Equal("", (await _la.GetJsonAsync($"/v1/ehc/cases/{id}/plans/1")).Body.GetProperty("plan").GetProperty("iPlacement")
            .TryGetProperty("urn", out var draftUrn) ? draftUrn.GetString() : "");

        var announced = await Eventually.Get(() => Task.FromResult(observer.Received.Where(r => r.Message.GetProperty("caseId").GetString() == id).ToList()),
            l => l.Count == 1, "EhcPlanIssued");
        var message = announced.Single().Message;
        Assert.Equal((false, false, "ASD", "MAINSTREAM", "100000"), (message.GetProperty("inTime").GetBoolean(), message.GetProperty("hadException").GetBoolean(),
            message.GetProperty("primaryNeed").GetString(), message.GetProperty("provisionType").GetString(), message.GetProperty("settingUrn").GetString()));

        // A retry of the final plan answers as before and announces nothing more.
        (status, _) = await _la.FinalAsync(id, Today.AddDays(-2));
        Assert.Equal(HttpStatusCode.OK, status);
        await Task.Delay(500);
        Assert.Single(observer.Received, r => r.Message.GetProperty("caseId").GetString() == id);
    }

    [Fact]
    public async Task A_final_plan_naming_a_funding_band_is_kept_with_the_annual_top_up_funding_bands_priced()
    {
        var id = await _la.DraftingCaseAsync(receivedDaysAgo: 120, assessedDaysAgo: 80);
        await _la.DraftAsync(id, Today.AddDays(-40), Plan(urn: null, band: "B1"));
        // A band the framework does not have is refused, naming it, and nothing is kept.
        var (status, error) = await _la.FinalAsync(id, Today.AddDays(-5), Plan(band: "B9"));
        Assert.Equal(HttpStatusCode.PreconditionFailed, status);
        Assert.Equal(["plan.i_placement.funding_band"], error.PreconditionSubjects());
        Assert.Contains("B9", error.GetProperty("message").GetString());
        (status, error) = await _la.FinalAsync(id, Today.AddDays(-5), Plan(band: "B1", provisionType: ""));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("plan.i_placement.provision_type", error.ViolatedFields());

        (status, var issued) = await _la.FinalAsync(id, Today.AddDays(-5), Plan(band: "B1"));
        Assert.Equal((HttpStatusCode.OK, 2), (status, issued.GetProperty("planVersions").GetArrayLength()));
        var (_, final) = await _la.GetJsonAsync($"/v1/ehc/cases/{id}/plans/2");
        var topUp = final.GetProperty("topUp");
        // £6,000 × 1.0432 = £6,259.20.
        Assert.Equal(("B1", "MAINSTREAM", FinancialYearOf(Today.AddDays(-5)), "600000", "1.0432", "625920"), (topUp.GetProperty("band").GetString(),
            topUp.GetProperty("provisionType").GetString(), topUp.GetProperty("financialYear").GetString(), topUp.GetProperty("annualTariffPence").GetString(),
            topUp.GetProperty("areaCostAdjustment").GetString(), topUp.GetProperty("annualTopUpPence").GetString()));
        // A draft is not priced.
        Assert.False((await _la.GetJsonAsync($"/v1/ehc/cases/{id}/plans/1")).Body.TryGetProperty("topUp", out _));
    }

    private static string FinancialYearOf(DateOnly day) => SendPlatform.SharedKernel.Identifiers.FinancialYear.Containing(day).ToString();

    [Fact]
    public async Task A_draft_may_not_name_a_setting_and_a_final_plan_needs_one_and_every_section()
    {
        var id = await _la.DraftingCaseAsync();
        var (status, error) = await _la.DraftAsync(id, Today.AddDays(-20), Plan(urn: "100000"));
        Assert.Equal(HttpStatusCode.PreconditionFailed, status);
        Assert.Equal(["plan.i_placement.urn"], error.PreconditionSubjects());
        Assert.Equal(HttpStatusCode.OK, (await _la.DraftAsync(id, Today.AddDays(-20))).Status);

        (status, error) = await _la.FinalAsync(id, Today, Plan(urn: null));
        Assert.Equal(HttpStatusCode.PreconditionFailed, status);
        Assert.Contains("plan.i_placement.urn", error.PreconditionSubjects());
        // Section K left out: the checker's MISSING_SECTION blocks the final plan.
        var incomplete = System.Text.Json.JsonSerializer.SerializeToNode(Plan())!.AsObject();
        incomplete.Remove("kAdviceAndInformation");
        (status, error) = await _la.FinalAsync(id, Today, incomplete);
        Assert.Equal(HttpStatusCode.PreconditionFailed, status);
        Assert.Equal(["plan.k_advice_and_information"], error.PreconditionSubjects());

        var (_, read) = await _la.GetJsonAsync($"/v1/ehc/cases/{id}");
        Assert.Equal(("CASE_STAGE_DRAFTING", 1), (read.GetProperty("stage").GetString(), read.GetProperty("planVersions").GetArrayLength()));
    }

    [Fact]
    public async Task The_family_has_fifteen_days_on_a_draft_unless_they_answer_sooner()
    {
        var id = await _la.DraftingCaseAsync();
        await _la.DraftAsync(id, Today.AddDays(-10));
        var (status, error) = await _la.FinalAsync(id, Today);
        Assert.Equal(HttpStatusCode.PreconditionFailed, status);
        Assert.Equal(["issued_on"], error.PreconditionSubjects());
        (status, var issued) = await _la.FinalAsync(id, Today, respondedOn: Today.AddDays(-3));
        Assert.Equal((HttpStatusCode.OK, "CASE_STAGE_PLAN_ISSUED"), (status, issued.GetProperty("stage").GetString()));
    }

    [Fact]
    public async Task A_plan_follows_a_decision_to_issue_and_a_refusal_to_issue_opens_the_appeal_window()
    {
        var id = (await _la.RequestAsync(ParentRequest(daysAgo: 100))).Id();
        var (status, error) = await _la.PostJsonAsync($"/v1/ehc/cases/{id}:decide-plan", new { decision = "ISSUE_DECISION_ISSUE", decidedOn = Iso(Today) });
        Assert.Equal(HttpStatusCode.PreconditionFailed, status);
        Assert.Equal(["decision"], error.PreconditionSubjects());
        await _la.DecideAsync(id, "ASSESSMENT_DECISION_ASSESS", Today.AddDays(-70));
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await _la.DraftAsync(id, Today)).Status);

        (status, error) = await _la.PostJsonAsync($"/v1/ehc/cases/{id}:decide-plan", new { decision = "ISSUE_DECISION_NOT_ISSUE", decidedOn = Iso(Today.AddDays(-5)) });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["reason"], error.ViolatedFields());
        (status, var refused) = await _la.PostJsonAsync($"/v1/ehc/cases/{id}:decide-plan",
            new { decision = "ISSUE_DECISION_NOT_ISSUE", decidedOn = Iso(Today.AddDays(-5)), reason = "Needs can be met from the school's resources" });
        Assert.Equal(HttpStatusCode.OK, status);
        // 95 days after the request: within the 16 weeks (112 days).
        Assert.Equal(("CASE_STAGE_NOT_ISSUED", true, Iso(Today.AddDays(-5).AddMonths(2))), (refused.GetProperty("stage").GetString(),
            refused.GetProperty("issueDecidedInTime").GetBoolean(), refused.GetProperty("appealDeadline").GetString()));
    }

    [Fact]
    public async Task An_exception_is_kept_once_and_the_issued_plan_is_announced_as_having_one()
    {
        await using var observer = await BrokerObserver.StartAsync<EhcPlanIssued>(service.MessagingConnectionString);
        var id = await _la.DraftingCaseAsync();
        var exception = new { kind = "EXCEPTION_KIND_ABSENT_FROM_AREA", startedOn = Iso(Today.AddDays(-50)), endedOn = Iso(Today.AddDays(-20)) };
        var (status, excepted) = await _la.PostJsonAsync($"/v1/ehc/cases/{id}:record-exception", exception);
        Assert.Equal(HttpStatusCode.OK, status);
        (_, excepted) = await _la.PostJsonAsync($"/v1/ehc/cases/{id}:record-exception", exception);
        Assert.Equal("EXCEPTION_KIND_ABSENT_FROM_AREA", excepted.GetProperty("exceptions").EnumerateArray().Single().GetProperty("kind").GetString());

        (status, var error) = await _la.PostJsonAsync($"/v1/ehc/cases/{id}:record-exception", new { kind = "EXCEPTION_KIND_UNSPECIFIED", startedOn = Iso(Today), endedOn = Iso(Today.AddDays(-1)) });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["ended_on", "kind"], error.ViolatedFields().Order(StringComparer.Ordinal));

        await _la.DraftAsync(id, Today.AddDays(-20));
        await _la.FinalAsync(id, Today);
        var announced = await Eventually.Get(() => Task.FromResult(observer.Received.Where(r => r.Message.GetProperty("caseId").GetString() == id).ToList()),
            l => l.Count == 1, "EhcPlanIssued");
        Assert.Equal((true, true), (announced.Single().Message.GetProperty("hadException").GetBoolean(), announced.Single().Message.GetProperty("inTime").GetBoolean()));
    }

    [Fact]
    public async Task Only_the_responsible_LA_issues_plans_and_a_plans_content_goes_to_the_LA_and_the_setting_it_names()
    {
        var requester = service.Factory.RestAs(TestOrganisation.School("123458"));
        var asked = (await requester.RequestAsync(SettingRequest("123458"))).Id();
        await _la.DecideAsync(asked, "ASSESSMENT_DECISION_ASSESS", Today.AddDays(-8));
        await _la.PostJsonAsync($"/v1/ehc/cases/{asked}:decide-plan", new { decision = "ISSUE_DECISION_ISSUE", decidedOn = Iso(Today.AddDays(-8)) });
        await _la.DraftAsync(asked, Today.AddDays(-7));
        await _la.FinalAsync(asked, Today, Plan(urn: "100003"), respondedOn: Today.AddDays(-1));
        // The school that asked follows the case but does not read the plan; the school the plan names does.
        Assert.Equal(HttpStatusCode.OK, (await requester.GetJsonAsync($"/v1/ehc/cases/{asked}")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await requester.GetJsonAsync($"/v1/ehc/cases/{asked}/plans/2")).Status);
        var (status, named) = await service.Factory.RestAs(TestOrganisation.School("100003")).GetJsonAsync($"/v1/ehc/cases/{asked}/plans/2");
        Assert.Equal((HttpStatusCode.OK, "100003"), (status, named.GetProperty("plan").GetProperty("iPlacement").GetProperty("urn").GetString()));

        var id = await _la.DraftingCaseAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await service.Factory.RestAs(TestOrganisation.La("202")).DraftAsync(id, Today)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.Factory.RestAs(TestOrganisation.School("100000")).DraftAsync(id, Today)).Status);
        await _la.DraftAsync(id, Today);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.Factory.RestAs(TestOrganisation.La("202")).GetJsonAsync($"/v1/ehc/cases/{id}/plans/1")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _la.GetJsonAsync($"/v1/ehc/cases/{id}/plans/2")).Status);
        (status, var error) = await _la.GetJsonAsync($"/v1/ehc/cases/{id}/plans/0");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["number"], error.ViolatedFields());
    }
}
