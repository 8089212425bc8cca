using System.Net;
using System.Text.Json;
using SendPlatform.Gateway.Tests.Access;
using SendPlatform.PupilMovements.Api;
using SendPlatform.SharedKernel.Identifiers;
using SendPlatform.TestKit;
using Standards = SendPlatform.Contracts.Standards.V1;

namespace SendPlatform.Gateway.Tests;

/// <summary>The whole platform behind the gateway with only national standards in force: an EHC case's own.</summary>
public sealed class StandardsInForcePlatform : PlatformBehindGateway
{
    protected override async Task SeedAsync(ServiceFactory<MovementsApi> movements)
    {
        var sets = new Standards.StandardsSets.StandardsSetsClient(Grpc(Caller.Dfe));
        await sets.CreateStandardsSetAsync(Parse<Standards.CreateStandardsSetRequest>(StandardsSetJson.Publishable("2026.1", StandardCodes)));
        await sets.PublishStandardsSetAsync(new Standards.PublishStandardsSetRequest { Version = "2026.1" });
    }
}

/// <summary>
/// One EHC case through the gateway over REST, as an LA's case-management system would run it: request, assessment,
/// decision to issue, draft, final plan, review, amended plan and cessation; then the inclusion dashboard's figures
/// for each month, fed by the case's events, equal to a hand count.
/// </summary>
public sealed class EhcJourneyTests(StandardsInForcePlatform platform) : IClassFixture<StandardsInForcePlatform>
{
    private static readonly DateOnly Today = EnglandCalendar.TodayInEngland(TimeProvider.System);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string Month(DateOnly date) => date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    private static object Plan(string urn) => JsonSerializer.Deserialize<JsonElement>(
        Google.Protobuf.JsonFormatter.Default.Format(PlatformBehindGateway.EhcPlan(urn.Length == 0 ? null : urn)));

    /// <summary>A client of the gateway with the LA's development token, as its case-management system would hold.</summary>
    private HttpClient LaClient(string laCode)
    {
        var la = platform.Gateway.CreateClient();
        la.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.For(TestOrganisation.La(laCode)));
        return la;
    }

    private static async Task<JsonElement> PostAsync(HttpClient la, string path, object body)
    {
        var (status, answer) = await la.PostJsonAsync(path, body);
        Assert.True(status == HttpStatusCode.OK, $"{path}: {status} {answer}");
        return answer;
    }

    [Fact]
    public async Task A_case_runs_from_request_to_cessation_through_the_gateway_and_the_dashboard_counts_it()
    {
        var la = LaClient("873");
        Task<JsonElement> Post(string path, object body) => PostAsync(la, path, body);

        var received = Today.AddDays(-200);
        var ehcCase = await Post("/v1/ehc/requests", new
        {
            idempotencyKey = "journey-1", laCode = "873", source = "REQUEST_SOURCE_PARENT", receivedOn = Iso(received),
            child = new { givenName = "Kit", familyName = "Journey", dateOfBirth = Iso(Today.AddYears(-9)), sex = "M", postcode = "CB1 1AA" },
        });
        var id = ehcCase.GetProperty("id").GetString()!;
        await Post($"/v1/ehc/cases/{id}:decide-assessment", new { decision = "ASSESSMENT_DECISION_ASSESS", decidedOn = Iso(received.AddDays(35)) });
        await Post($"/v1/ehc/cases/{id}:decide-plan", new { decision = "ISSUE_DECISION_ISSUE", decidedOn = Iso(received.AddDays(90)) });
        await Post($"/v1/ehc/cases/{id}/drafts", new { plan = Plan(""), issuedOn = Iso(received.AddDays(100)) });
        // 126 days: within the 20 weeks.
        var issued = received.AddDays(126);
        var final = await Post($"/v1/ehc/cases/{id}:issue-final", new { plan = Plan(PlatformBehindGateway.CurrentSchool), issuedOn = Iso(issued) });
        Assert.Equal((true, 126), (final.GetProperty("planIssuedInTime").GetBoolean(), final.GetProperty("daysToIssue").GetInt32()));
        await Post($"/v1/ehc/cases/{id}/reviews", new { meetingOn = Iso(issued.AddDays(30)), decision = "REVIEW_DECISION_AMEND", decidedOn = Iso(issued.AddDays(40)) });
        await Post($"/v1/ehc/cases/{id}:issue-amended", new { plan = Plan(PlatformBehindGateway.FormerSchool), issuedOn = Iso(issued.AddDays(60)) });
        var ceasedOn = Today.AddDays(-1);
        var ceased = await Post($"/v1/ehc/cases/{id}:cease", new { ceasedOn = Iso(ceasedOn), reason = "CEASE_REASON_MOVED_TO_ANOTHER_LA" });
        Assert.Equal(("CASE_STAGE_CEASED", 3), (ceased.GetProperty("stage").GetString(), ceased.GetProperty("planVersions").GetArrayLength()));

        async Task<Dictionary<string, string>> Figures(string period, string table) =>
            (await la.GetJsonAsync($"/v1/dashboard/local-authorities/873?period={period}")).Body.GetProperty("tables").EnumerateArray()
                .Single(t => t.GetProperty("id").GetString() == table).GetProperty("rows").EnumerateArray()
                .ToDictionary(r => r.GetProperty("id").GetString()!, r => r.TryGetProperty("total", out var total) && total.GetString() is { Length: > 0 } t
                    ? t : r.GetProperty("values")[0].GetString()!);

        // By hand: one request in its month, assessed; one plan in its month, within 20 weeks (18.0 weeks); one plan ceased, moved away.
        // The request's own event can land before the decision's, so the decision is what is waited for.
        var requests = await Eventually.Get(() => Figures(Month(received), "ehc_requests"), f => f["assessed"] == "1", "the request counted as assessed", TimeSpan.FromSeconds(30));
        Assert.Equal("1", requests["all"]);
        var timeliness = await Eventually.Get(() => Figures(Month(issued), "ehc_timeliness"), f => f["all_plans"] == "1", "the plan counted", TimeSpan.FromSeconds(30));
        Assert.Equal("1", timeliness["excluding_exceptions"]);
        var needs = await Figures(Month(issued), "ehc_plans_by_need");
        Assert.Equal(("1", "1"), (needs["asd"], needs["all"]));
        var gone = await Eventually.Get(() => Figures(Month(ceasedOn), "ehc_ceased_by_reason"), f => f["all"] == "1", "the cessation counted", TimeSpan.FromSeconds(30));
        Assert.Equal("1", gone["moved_to_another_la"]);
    }

    [Fact]
    public async Task A_refusal_goes_to_mediation_and_an_upheld_appeal_through_the_gateway_and_the_dashboard_counts_the_appeal()
    {
        var la = LaClient("874");
        Task<JsonElement> Post(string path, object body) => PostAsync(la, path, body);

        var received = Today.AddDays(-120);
        var id = (await Post("/v1/ehc/requests", new
        {
            idempotencyKey = "journey-appeal", laCode = "874", source = "REQUEST_SOURCE_PARENT", receivedOn = Iso(received),
            child = new { givenName = "Ash", familyName = "Appeal", dateOfBirth = Iso(Today.AddYears(-7)), sex = "F", postcode = "PE1 1AA" },
        })).GetProperty("id").GetString()!;
        await Post($"/v1/ehc/cases/{id}:decide-assessment", new { decision = "ASSESSMENT_DECISION_NOT_ASSESS", decidedOn = Iso(received.AddDays(20)), reason = "Needs met from SEN support" });
        await Post($"/v1/ehc/cases/{id}:record-mediation", new
        {
            subject = "DISAGREEMENT_SUBJECT_NOT_TO_ASSESS", adviserContactedOn = Iso(received.AddDays(25)), wantsMediation = true,
            mediationHeldOn = Iso(received.AddDays(40)), certificateIssuedOn = Iso(received.AddDays(42)),
        });
        var registeredOn = received.AddDays(50);
        await Post($"/v1/ehc/cases/{id}:register-appeal", new { subject = "DISAGREEMENT_SUBJECT_NOT_TO_ASSESS", registeredOn = Iso(registeredOn) });
        var decidedOn = Today.AddDays(-5);
        var upheld = await Post($"/v1/ehc/cases/{id}:record-appeal-outcome",
            new { subject = "DISAGREEMENT_SUBJECT_NOT_TO_ASSESS", outcome = "APPEAL_OUTCOME_UPHELD", decidedOn = Iso(decidedOn) });
        Assert.Equal(Iso(decidedOn.AddDays(28)), upheld.GetProperty("next").GetProperty("dueOn").GetString());
        var assessing = await Post($"/v1/ehc/cases/{id}:decide-assessment", new { decision = "ASSESSMENT_DECISION_ASSESS", decidedOn = Iso(Today) });
        Assert.Equal("CASE_STAGE_ASSESSING", assessing.GetProperty("stage").GetString());

        async Task<string[]> Appeals(DateOnly month) =>
            [.. (await la.GetJsonAsync($"/v1/dashboard/local-authorities/874?period={Month(month)}")).Body.GetProperty("tables").EnumerateArray()
                .Single(t => t.GetProperty("id").GetString() == "ehc_appeals").GetProperty("rows").EnumerateArray()
                .Single(r => r.GetProperty("id").GetString() == "not_to_assess").GetProperty("values").EnumerateArray().Select(v => v.GetString()!)];
        // By hand: registered after mediation in its month; upheld in the month of the outcome. The outcome's event can
        // arrive first and count the registration before the registration's own event says it followed mediation.
        var registered = await Eventually.Get(() => Appeals(registeredOn), v => v[1] == "1", "the appeal counted as after mediation", TimeSpan.FromSeconds(30));
        Assert.Equal("1", registered[0]);
        var ended = await Eventually.Get(() => Appeals(decidedOn), v => v[2] == "1", "the outcome counted", TimeSpan.FromSeconds(30));
        Assert.Equal(("0", "0"), (ended[3], ended[4]));

        // DfE's timeliness data set comes through the gateway as CSV, with every area's row.
        using var file = await la.GetAsync($"/v1/dashboard/ehc-timeliness:export?year={Today.Year}");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("text/csv", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1 + 1 + 9 + 153, (await file.Content.ReadAsStringAsync()).TrimEnd('\n').Split('\n').Length);
    }
}
