using System.Net;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.TestKit;

namespace SendPlatform.InclusionPlans.Tests.Api;

public sealed class PlansApiTests(PlansWithStandardsService service) : IClassFixture<PlansWithStandardsService>
{
    private readonly HttpClient _la = service.Factory.RestAs(TestOrganisation.La("931"));

    [Fact]
    public async Task Publishing_is_refused_until_the_plan_is_compliant_and_signed_off_then_announced_and_public()
    {
        await using var observer = await BrokerObserver.StartAsync<InclusionPlanPublished>(service.MessagingConnectionString);
        await using var statuses = await BrokerObserver.StartAsync<InclusionPlanStatusChanged>(service.MessagingConnectionString);
        await _la.SetPartnershipAsync();
        var plan = await _la.DraftAsync(PlanCalls.Content());
        Assert.Equal(("PLAN_STATUS_DRAFT", 1), (plan.GetProperty("status").GetString(), plan.GetProperty("revision").GetInt32()));

        var (_, compliance) = await _la.GetJsonAsync(plan.PlanPath("/compliance"));
        Assert.False(compliance.GetProperty("publishable").GetBoolean());
        Assert.Equal(["standards.AP-01", "sufficiency[0].2027-28", "ap_service.Transitional"],
            compliance.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("subject").GetString()));

        await _la.SignOffByAllAsync(plan, 1);
        var (status, refused) = await _la.PostJsonAsync(plan.PlanPath(":publish"), new { });
        Assert.Equal(HttpStatusCode.PreconditionFailed, status);
        Assert.Equal(["standards.AP-01", "sufficiency[0].2027-28", "ap_service.Transitional"], refused.PreconditionSubjects());

        // The answered plan is a new revision: the sign-offs of revision 1 no longer count.
        (status, plan) = await _la.SendAsync(HttpMethod.Put, plan.PlanPath(), new { content = PlanCalls.Compliant(), expectedRevision = 1 });
        Assert.Equal((HttpStatusCode.OK, 2), (status, plan.GetProperty("revision").GetInt32()));
        Assert.Equal(0, plan.GetProperty("signOffs").GetArrayLength());
        (status, refused) = await _la.PostJsonAsync(plan.PlanPath(":publish"), new { });
        Assert.Equal(["sign_offs.LocalAuthority", "sign_offs.Health", "sign_offs.ParentCarerForum"], refused.PreconditionSubjects());

        // A member may sign off for itself; a school's sign-off does not stand in for health or parent carers.
        Assert.Equal(HttpStatusCode.OK, (await service.Factory.RestAs(TestOrganisation.School("123456")).SignOffAsync(plan, "123456", "CEO", 2)).Status);
        await _la.SignOffByAllAsync(plan, 2);
        (status, var published) = await _la.PostJsonAsync(plan.PlanPath(":publish"), new { });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("PLAN_STATUS_PUBLISHED", published.GetProperty("status").GetString());
        Assert.Equal(4, published.GetProperty("signOffs").GetArrayLength());

        var announced = await Eventually.Get(() => Task.FromResult(observer.Received.ToList()), r => r.Count > 0, "InclusionPlanPublished on the broker");
        Assert.Equal((plan.GetProperty("id").GetString(), "931", "2026.1"),
            (announced[0].Message.GetProperty("planId").GetString(), announced[0].Message.GetProperty("laCode").GetString(), announced[0].Message.GetProperty("standardsVersion").GetString()));

        // Published, it is every partner's to read; a second publication supersedes it.
        Assert.Equal(HttpStatusCode.OK, (await service.Factory.RestAs(TestOrganisation.Dfe).GetJsonAsync(plan.PlanPath())).Status);
        var next = await _la.DraftAsync(PlanCalls.Compliant());
        await _la.SignOffByAllAsync(next, 1);
        Assert.Equal(HttpStatusCode.OK, (await _la.PostJsonAsync(next.PlanPath(":publish"), new { })).Status);
        var (_, first) = await _la.GetJsonAsync(plan.PlanPath());
        Assert.Equal("PLAN_STATUS_SUPERSEDED", first.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await _la.SendAsync(HttpMethod.Put, plan.PlanPath(), new { content = PlanCalls.Compliant() })).Status);

        // Every change of status or content was announced for the dashboard, with the sufficiency planned per year.
        var firstId = plan.GetProperty("id").GetString();
        var changes = await Eventually.Get(() => Task.FromResult(statuses.Received.Where(r => r.Message.GetProperty("planId").GetString() == firstId)
                .Select(r => r.Message.GetProperty("status").GetString()).ToList()), r => r.Count >= 4, "the first plan's four changes");
        Assert.Equal(["Draft", "Draft", "Published", "Superseded"], changes.Order());
        var sufficiency = statuses.Received.First(r => r.Message.GetProperty("planId").GetString() == firstId).Message.GetProperty("sufficiency");
        Assert.Contains(sufficiency.EnumerateArray(), line => line.GetProperty("academicYear").GetString() == "2026-27");
        // Each carried the kinds of its blocking findings: the first draft's three, none once answered.
        var findings = statuses.Received.Where(r => r.Message.GetProperty("planId").GetString() == firstId)
            .Select(r => string.Join(",", r.Message.GetProperty("blockingFindings").EnumerateArray().Select(f => f.GetString()))).Order().ToList();
        Assert.Equal(["", "", "", "StandardWithoutCommitment,SufficiencyShortfall,ApTierWithoutPlaces"], findings);
    }

    [Fact]
    public async Task An_LA_edits_only_its_own_plans_and_a_draft_is_read_only_by_its_LA_and_partnership()
    {
        await _la.SetPartnershipAsync();
        var draft = await _la.DraftAsync(PlanCalls.Content());
        var other = service.Factory.RestAs(TestOrganisation.La("202"));

        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostJsonAsync("/v1/local-authorities/931/inclusion-plans", new { content = PlanCalls.Content() })).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.SendAsync(HttpMethod.Put, draft.PlanPath(), new { content = PlanCalls.Content() })).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetJsonAsync(draft.PlanPath())).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.Factory.RestAs(TestOrganisation.Dfe).GetJsonAsync(draft.PlanPath())).Status);
        Assert.Equal(HttpStatusCode.OK, (await service.Factory.RestAs(TestOrganisation.School("123456")).GetJsonAsync(draft.PlanPath())).Status);
        // Another area's id is not found under this one's.
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetJsonAsync($"/v1/local-authorities/202/inclusion-plans/{draft.GetProperty("id").GetString()}")).Status);

        var (_, listed) = await other.GetJsonAsync("/v1/local-authorities/931/inclusion-plans?status=PLAN_STATUS_DRAFT");
        Assert.Equal(0, listed.GetProperty("plans").GetArrayLength());
        (_, listed) = await _la.GetJsonAsync("/v1/local-authorities/931/inclusion-plans?status=PLAN_STATUS_DRAFT");
        Assert.Contains(listed.GetProperty("plans").EnumerateArray(), p => p.GetProperty("id").GetString() == draft.GetProperty("id").GetString());

        // Only the LA or the member itself records a sign-off, only a member's, and only of the current revision.
        Assert.Equal(HttpStatusCode.Forbidden, (await other.SignOffAsync(draft, "icb-bob", "Someone", 1)).Status);
        // Identity is the pair (type, id): another type of organisation with a member's id is not that member.
        var schoolNamedLikeTheIcb = service.Factory.RestAs(TestOrganisation.School("icb-bob"));
        Assert.Equal(HttpStatusCode.Forbidden, (await schoolNamedLikeTheIcb.SignOffAsync(draft, "icb-bob", "Someone", 1)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await schoolNamedLikeTheIcb.GetJsonAsync(draft.PlanPath())).Status);
        var providerNamedLikeTheTrust = service.Factory.RestAs(new TestOrganisation("ap_provider", "123456"));
        Assert.Equal(HttpStatusCode.Forbidden, (await providerNamedLikeTheTrust.SignOffAsync(draft, "123456", "Someone", 1)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await providerNamedLikeTheTrust.GetJsonAsync(draft.PlanPath())).Status);
        var (status, error) = await _la.SignOffAsync(draft, "not-a-member", "Someone", 1);
        Assert.Equal((HttpStatusCode.BadRequest, "organisation_id"), (status, error.ViolatedFields().Single()));
        (status, error) = await _la.SignOffAsync(draft, "icb-bob", "Chief Nursing Officer", 7);
        Assert.Equal((HttpStatusCode.PreconditionFailed, "revision"), (status, error.PreconditionSubjects().Single()));
    }

    [Fact]
    public async Task A_repeated_create_with_the_same_key_returns_the_first_plan()
    {
        var la = service.Factory.RestAs(TestOrganisation.La("204"));
        var (_, first) = await la.PostJsonAsync("/v1/local-authorities/204/inclusion-plans", new { content = PlanCalls.Content(), idempotencyKey = "draft-2026" });
        var (status, again) = await la.PostJsonAsync("/v1/local-authorities/204/inclusion-plans", new { content = PlanCalls.Content(), idempotencyKey = "draft-2026" });
        Assert.Equal((HttpStatusCode.OK, first.GetProperty("id").GetString()), (status, again.GetProperty("id").GetString()));
        var (_, listed) = await la.GetJsonAsync("/v1/local-authorities/204/inclusion-plans");
        Assert.Equal(1, listed.GetProperty("plans").GetArrayLength());
    }

    [Fact]
    public async Task Creates_with_the_same_key_at_the_same_moment_make_one_plan_and_all_answer_with_it()
    {
        var la = service.Factory.RestAs(TestOrganisation.La("205"));
        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            la.PostJsonAsync("/v1/local-authorities/205/inclusion-plans", new { content = PlanCalls.Content(), idempotencyKey = "draft-at-once" })));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.Single(answers.Select(a => a.Body.GetProperty("id").GetString()).Distinct());
        var (_, listed) = await la.GetJsonAsync("/v1/local-authorities/205/inclusion-plans");
        Assert.Equal(1, listed.GetProperty("plans").GetArrayLength());
    }

    [Fact]
    public async Task Bad_content_is_refused_naming_each_field_and_nothing_is_kept()
    {
        var content = PlanCalls.Content();
        content["periodStartYear"] = 2019;
        content["periodEndYear"] = 2022;
        content["commitments"] = new object[] { new { standardCode = "XYZ-99", actions = "", owner = "Lead", dueDate = "2027-02-30", status = "RAG_UNSPECIFIED" } };
        content["sufficiency"] = new object[]
        {
            new { needCode = "ADHD", provisionType = "CASTLE", currentPlaces = -1, forecastDemand = new[] { 1, 2 }, plannedNewPlaces = new[] { 0, 0, 0, 0, 0, 0 } },
        };
        var la = service.Factory.RestAs(TestOrganisation.La("203"));
        var (status, error) = await la.PostJsonAsync("/v1/local-authorities/203/inclusion-plans", new { content, idempotencyKey = new string('k', 101) });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["idempotency_key", "content.commitments[0].due_date", "content.commitments[0].status", "content.period_start_year", "content.commitments[0].standard_code",
                "content.commitments[0].actions", "content.sufficiency[0].need_code", "content.sufficiency[0].provision_type",
                "content.sufficiency[0].current_places", "content.sufficiency[0].forecast_demand", "content.sufficiency[0].planned_new_places"],
            error.ViolatedFields());

        (status, error) = await la.PostJsonAsync("/v1/local-authorities/203/inclusion-plans", new { content = PlanCalls.Content("2031.4") });
        Assert.Equal((HttpStatusCode.BadRequest, "content.standards_version"), (status, error.ViolatedFields().Single()));
        var (_, listed) = await la.GetJsonAsync("/v1/local-authorities/203/inclusion-plans");
        Assert.Equal(0, listed.GetProperty("plans").GetArrayLength());

        (status, error) = await la.SendAsync(HttpMethod.Put, "/v1/local-authorities/203/partnership", new { members = PlanCalls.Members.Take(1).ToArray() });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(2, error.ViolatedFields().Count(f => f == "members"));
    }
}
