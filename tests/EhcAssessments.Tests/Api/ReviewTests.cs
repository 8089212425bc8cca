using System.Net;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.TestKit;
using static SendPlatform.EhcAssessments.Tests.Api.CaseCalls;

namespace SendPlatform.EhcAssessments.Tests.Api;

public sealed class ReviewTests(EhcService service) : IClassFixture<EhcService>
{
    private readonly HttpClient _la = service.Factory.RestAs(TestOrganisation.La("931"));

    /// <summary>A plan issued <paramref name="issuedDaysAgo"/> days ago.</summary>
    private async Task<string> InForceAsync(int issuedDaysAgo = 100)
    {
        var id = await _la.DraftingCaseAsync(receivedDaysAgo: issuedDaysAgo + 130, assessedDaysAgo: issuedDaysAgo + 60);
        await _la.DraftAsync(id, Today.AddDays(-issuedDaysAgo - 30));
        var (status, body) = await _la.FinalAsync(id, Today.AddDays(-issuedDaysAgo));
        if (status != HttpStatusCode.OK) throw new InvalidOperationException($"final: {status} {body}");
        return id;
    }

    private Task<(HttpStatusCode Status, System.Text.Json.JsonElement Body)> ReviewAsync(string id, int meetingDaysAgo, string decision, int decidedDaysAgo) =>
        _la.PostJsonAsync($"/v1/ehc/cases/{id}/reviews", new { meetingOn = Iso(Today.AddDays(-meetingDaysAgo)), decision, decidedOn = Iso(Today.AddDays(-decidedDaysAgo)) });

    [Fact]
    public async Task A_review_amends_the_plan_then_the_plan_ceases_each_step_announced()
    {
        await using var reviewed = await BrokerObserver.StartAsync<AnnualReviewCompleted>(service.MessagingConnectionString);
        await using var amended = await BrokerObserver.StartAsync<EhcPlanAmended>(service.MessagingConnectionString);
        await using var ceased = await BrokerObserver.StartAsync<EhcPlanCeased>(service.MessagingConnectionString);
        var id = await InForceAsync();

        var (status, review) = await ReviewAsync(id, meetingDaysAgo: 60, "REVIEW_DECISION_AMEND", decidedDaysAgo: 25);
        Assert.Equal(HttpStatusCode.OK, status);
        // 35 days after the meeting: past the 4 weeks. The amended plan is due 8 weeks from the decision.
        Assert.Equal(("CASE_STAGE_AMENDING", false, "amended EHC plan", Iso(Today.AddDays(-25 + 56))), (review.GetProperty("stage").GetString(),
            review.GetProperty("reviews")[0].TryGetProperty("decidedInTime", out var t) && t.GetBoolean(),
            review.GetProperty("next").GetProperty("step").GetString(), review.GetProperty("next").GetProperty("dueOn").GetString()));

        (status, var issued) = await _la.PostJsonAsync($"/v1/ehc/cases/{id}:issue-amended", new { plan = Plan(urn: "100001"), issuedOn = Iso(Today.AddDays(-5)) });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(("CASE_STAGE_PLAN_ISSUED", "PLAN_KIND_AMENDED", Iso(Today.AddDays(-60).AddMonths(12))), (issued.GetProperty("stage").GetString(),
            issued.GetProperty("planVersions")[2].GetProperty("kind").GetString(), issued.GetProperty("next").GetProperty("dueOn").GetString()));

        (status, var gone) = await _la.PostJsonAsync($"/v1/ehc/cases/{id}:cease", new { ceasedOn = Iso(Today), reason = "CEASE_REASON_MOVED_TO_ANOTHER_LA" });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(("CASE_STAGE_CEASED", "CEASE_REASON_MOVED_TO_ANOTHER_LA"), (gone.GetProperty("stage").GetString(), gone.GetProperty("ceaseReason").GetString()));
        Assert.False(gone.TryGetProperty("next", out _));

        bool Mine(System.Text.Json.JsonElement m) => m.GetProperty("caseId").GetString() == id;
        var r = (await Eventually.Get(() => Task.FromResult(reviewed.Received.Where(x => Mine(x.Message)).ToList()), l => l.Count == 1, "AnnualReviewCompleted")).Single().Message;
        Assert.Equal(("Amend", false), (r.GetProperty("decision").GetString(), r.GetProperty("inTime").GetBoolean()));
        var a = (await Eventually.Get(() => Task.FromResult(amended.Received.Where(x => Mine(x.Message)).ToList()), l => l.Count == 1, "EhcPlanAmended")).Single().Message;
        Assert.Equal((true, "100001"), (a.GetProperty("inTime").GetBoolean(), a.GetProperty("settingUrn").GetString()));
        var c = (await Eventually.Get(() => Task.FromResult(ceased.Received.Where(x => Mine(x.Message)).ToList()), l => l.Count == 1, "EhcPlanCeased")).Single().Message;
        Assert.Equal(("MovedToAnotherLa", Iso(Today)), (c.GetProperty("reason").GetString(), c.GetProperty("ceasedOn").GetString()));
    }

    [Fact]
    public async Task Bad_reviews_and_cessations_are_refused_field_by_field_and_only_the_LA_acts()
    {
        var id = await InForceAsync();
        var (status, error) = await _la.PostJsonAsync($"/v1/ehc/cases/{id}/reviews", new { meetingOn = Iso(Today.AddDays(1)), decision = "REVIEW_DECISION_UNSPECIFIED", decidedOn = "" });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["decided_on", "decision", "meeting_on"], error.ViolatedFields().Order(StringComparer.Ordinal));
        (status, error) = await _la.PostJsonAsync($"/v1/ehc/cases/{id}:cease", new { ceasedOn = Iso(Today), reason = "CEASE_REASON_UNSPECIFIED" });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["reason"], error.ViolatedFields());
        (status, error) = await ReviewAsync(id, meetingDaysAgo: 200, "REVIEW_DECISION_MAINTAIN", decidedDaysAgo: 190);
        Assert.Equal(HttpStatusCode.PreconditionFailed, status);
        Assert.Equal(["meeting_on"], error.PreconditionSubjects());
        (status, _) = await _la.PostJsonAsync($"/v1/ehc/cases/{id}:issue-amended", new { plan = Plan(), issuedOn = Iso(Today) });
        Assert.Equal(HttpStatusCode.PreconditionFailed, status);

        var other = service.Factory.RestAs(TestOrganisation.La("202"));
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostJsonAsync($"/v1/ehc/cases/{id}/reviews",
            new { meetingOn = Iso(Today), decision = "REVIEW_DECISION_MAINTAIN", decidedOn = Iso(Today) })).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostJsonAsync($"/v1/ehc/cases/{id}:cease", new { ceasedOn = Iso(Today), reason = "CEASE_REASON_DIED" })).Status);
        var (_, read) = await _la.GetJsonAsync($"/v1/ehc/cases/{id}");
        Assert.Equal(("CASE_STAGE_PLAN_ISSUED", 0), (read.GetProperty("stage").GetString(), read.TryGetProperty("reviews", out var reviews) ? reviews.GetArrayLength() : 0));
    }
}
