using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Grpc.Core;
using Grpc.Net.Client;
using SendPlatform.Contracts.Standards.V1;
using SendPlatform.TestKit;
using SendPlatform.TestKit.Servers;

namespace SendPlatform.EndToEnd.Tests;

public sealed class AppHostTests : IAsyncLifetime
{
    // Far from the defaults (5080, 15432, ...) so a developer's own platform can keep running.
    private const int PortOffset = 3000;
    private static readonly string[] PlatformProjects = ["national-standards", "funding-bands", "pupil-movements", "ap-commissioning", "inclusion-plans", "inclusion-dashboard", "ehc-assessments", "gateway"];
    private readonly string _data = TestDirectory.Create("send-apphost-");
    private DistributedApplication _app = null!;

    /// <summary>The AppHost's own Program.cs, run by Aspire.Hosting.Testing with a private data folder and ports.</summary>
    public async Task InitializeAsync()
    {
        // Aspire.Hosting.Testing waits for DCP's cleanup at a stop unless told otherwise; a developer's `dotnet run`
        // does not. Told otherwise here, so the stop below tests the app model's own setting.
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.SendPlatform_AppHost>(
            ["--data", _data, "--port-offset", PortOffset.ToString(), "--DcpPublisher:WaitForResourceCleanup=false"]);
        _app = await builder.BuildAsync();
        using var starting = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await _app.StartAsync(starting.Token);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        // The stop waits for DCP (asserted in the test); the folder goes only once no server runs in it, whatever failed.
        await Eventually.Get(() => Task.FromResult(ServerProcessesIn(_data)), left => left.Count == 0, "no server left running in the test's data folder", TimeSpan.FromSeconds(60));
        Directory.Delete(_data, recursive: true);
    }

    /// <summary>
    /// Processes whose command line names the data folder (postgres, redis-server, beam.smp) or the run's epmd port:
    /// AppHost's own epmd by its arguments, and a daemon an Erlang VM would spawn by the ERL_EPMD_PORT it inherited.
    /// </summary>
    private static List<string> ServerProcessesIn(string data)
    {
        var epmdPort = $"-port {15674 + PortOffset}";
        var inheritedEpmdPort = $"ERL_EPMD_PORT={15674 + PortOffset}";
        var found = new List<string>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out _)) continue;
            try
            {
                var commandLine = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ');
                if (commandLine.Contains(data) || commandLine.Contains(epmdPort)
                    || File.ReadAllText(Path.Combine(dir, "environ")).Split('\0').Contains(inheritedEpmdPort))
                    found.Add(commandLine);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Gone while listing, or not ours to read (another user's, or the container's init).
            }
        }
        return found;
    }

    private static async Task FundingThroughTheGatewayAsync(HttpClient laClient)
    {
        using var dfe = await ClientAsAsync(laClient.BaseAddress!, new { org_type = "dfe", org_id = "dfe" });
        var created = await dfe.PostAsync("/v1/funding/frameworks", Json("""
            {"financialYear":"2026-27","content":{"bands":[{"code":"B1","name":"Band 1","ordinal":1}],
             "tariffs":[{"bandCode":"B1","provisionType":"STATE_SPECIAL","annualTopUpPence":"1200000"}]}}
            """));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await dfe.PostAsync("/v1/funding/frameworks/2026-27.v1:publish", Json("{}"))).StatusCode);

        var price = await laClient.PostAsync("/v1/funding/placements:price",
            Json("""{"laCode":"931","provisionType":"STATE_SPECIAL","band":"B1","startDate":"2026-04-01","endDate":"2027-03-31"}"""));
        Assert.Equal("1200000", (await price.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("totalPence").GetString());

        var estimate = await laClient.PostAsync("/v1/funding/high-needs:estimate", new StringContent(
            """{"laCode":"931","financialYear":"2026-27","highNeedsBudgetPence":"1000000"}""" + "\n" +
            """{"id":"p1","provisionType":"STATE_SPECIAL","band":"B1","startDate":"2026-04-01"}""" + "\n"));
        var body = await estimate.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("-200000", body.GetProperty("surplusPence").GetString());
    }

    private static async Task MovementsThroughTheGatewayAsync(HttpClient laClient)
    {
        var recorded = await laClient.PostAsync("/v1/movements", Json("""
            {"upn":"H801200001001","type":"MOVEMENT_TYPE_EHE","effectiveDate":"2026-09-01","responsibleLaCode":"931",
             "pupil":{"dateOfBirth":"2015-05-01","senProvision":"K","primaryNeed":"SLCN"}}
            """));
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        var register = await laClient.GetFromJsonAsync<JsonElement>("/v1/local-authorities/931/children-not-in-school");
        Assert.Equal("H801200001001", register.GetProperty("children")[0].GetProperty("upn").GetString());
        var timeline = await laClient.GetFromJsonAsync<JsonElement>("/v1/pupils/H801200001001/timeline");
        Assert.Equal("PUPIL_STATUS_EHE", timeline.GetProperty("status").GetString());

        // Notified long after 2026-09-01: a late-notification alert, which the LA acknowledges through the gateway.
        var alerts = await laClient.GetFromJsonAsync<JsonElement>("/v1/local-authorities/931/alerts?type=ALERT_TYPE_LATE_NOTIFICATION");
        var alert = alerts.GetProperty("alerts")[0];
        Assert.Equal("H801200001001", alert.GetProperty("upn").GetString());
        var acknowledged = await laClient.PostAsync($"/v1/alerts/{alert.GetProperty("id").GetString()}:acknowledge", Json("""{"note":"checking with the school"}"""));
        Assert.Equal("ALERT_STATUS_ACKNOWLEDGED", (await acknowledged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        // The dashboard counts the movement from PupilMoved: the LA sees its own EHE on SEN support; a school sees it withheld.
        var ehe = await Eventually.Get(async () => (await laClient.GetFromJsonAsync<JsonElement>("/v1/dashboard/local-authorities/931?period=2026-09"))
                .GetProperty("tables")[0].GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "elective_home_education"),
            row => row.GetProperty("total").GetString() == "1", "the EHE counted on the dashboard");
        Assert.Equal("1", ehe.GetProperty("values")[1].GetString());
        // ... and the child is not in school at the end of September (by the status PupilMoved carries, under a keyed hash).
        var notInSchool = (await laClient.GetFromJsonAsync<JsonElement>("/v1/dashboard/local-authorities/931?period=2026-09"))
            .GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "children_not_in_school")
            .GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "elective_home_education");
        Assert.Equal("1", notInSchool.GetProperty("values")[0].GetString());
        // The alert raised today is counted in the current academic year (the default period), open and acknowledged.
        await Eventually.Get(async () => (await laClient.GetFromJsonAsync<JsonElement>("/v1/dashboard/local-authorities/931"))
                .GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "oversight_alerts")
                .GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "late_notification").GetProperty("values")[0].GetString(),
            raised => raised == "1", "the alert counted on the dashboard");
        using var school = await ClientAsAsync(laClient.BaseAddress!, new { org_type = "school", org_id = "100000" });
        var seen = await school.GetFromJsonAsync<JsonElement>("/v1/dashboard/local-authorities/931?period=2026-09");
        Assert.True(seen.GetProperty("suppressed").GetBoolean());
        Assert.Equal("c", seen.GetProperty("tables")[0].GetProperty("rows").EnumerateArray()
            .Single(r => r.GetProperty("id").GetString() == "elective_home_education").GetProperty("total").GetString());
    }

    /// <summary>
    /// The dashboard's pages through the gateway's page route: no token, so to the development sign-in; signed in
    /// as LA 931 (the form and its antiforgery token, as a browser sends them), the EHE counted above is on its page.
    /// </summary>
    private static async Task DashboardPagesThroughTheGatewayAsync(Uri gateway)
    {
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = gateway };
        const string page = "/dashboard/local-authorities/931?period=2026-09";
        var refused = await browser.GetAsync(page);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/dashboard/sign-in?returnUrl=" + Uri.EscapeDataString(page), refused.Headers.Location!.OriginalString);

        var form = await browser.GetStringAsync(refused.Headers.Location);
        var antiforgery = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var signedIn = await browser.PostAsync("/dashboard/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["org_type"] = "la", ["la_code"] = "931", ["ReturnUrl"] = page, ["__RequestVerificationToken"] = antiforgery,
        }));
        Assert.Equal((HttpStatusCode.Redirect, page), (signedIn.StatusCode, signedIn.Headers.Location!.OriginalString));

        var html = await browser.GetStringAsync(page);
        Assert.Contains("Oxfordshire, 2026-09", html);
        var ehe = System.Text.RegularExpressions.Regex.Match(html, "data-row=\"elective_home_education\">.*?data-total>([^<]*)<", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.Equal("1", ehe.Groups[1].Value);
        var css = await browser.GetAsync("/dashboard/dashboard.css");
        Assert.Equal((HttpStatusCode.OK, "text/css"), (css.StatusCode, css.Content.Headers.ContentType?.MediaType));
    }

    private static async Task ApProvidersThroughTheGatewayAsync(HttpClient laClient)
    {
        var created = await laClient.PostAsync("/v1/ap/providers", Json("""
            {"urn":"140001","name":"Riverside PRU","kind":"PROVIDER_KIND_PUPIL_REFERRAL_UNIT","laCode":"931",
             "tiers":["AP_TIER_TIME_LIMITED"],"capacity":40}
            """));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var register = await laClient.GetFromJsonAsync<JsonElement>("/v1/local-authorities/931/ap/providers");
        Assert.Equal("Riverside PRU", register.GetProperty("providers")[0].GetProperty("name").GetString());

        // Commissioning reaches funding-bands through service discovery: 2 places for 212 of 365 days at £10,000.
        var budget = await laClient.PutAsync("/v1/local-authorities/931/ap/budget", Json("""
            {"firstFinancialYear":"2026-27","years":[
              {"financialYear":"2026-27","tiers":[{"tier":"AP_TIER_TIME_LIMITED","amountPence":"5000000"}]},
              {"financialYear":"2027-28"},{"financialYear":"2028-29"}]}
            """));
        Assert.Equal(HttpStatusCode.OK, budget.StatusCode);
        var providerId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var commission = await laClient.PostAsync("/v1/ap/commissions", Json($$$"""
            {"laCode":"931","providerId":"{{{providerId}}}","tier":"AP_TIER_TIME_LIMITED","places":2,
             "period":{"start":"2026-09-01","end":"2027-03-31"}}
            """));
        var commissioned = await commission.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("1161644", commissioned.GetProperty("totalPence").GetString());
        var commissionId = commissioned.GetProperty("id").GetString();

        // A placement reaches pupil-movements over the broker: the pupil's timeline shows the move into AP.
        var placed = await laClient.PostAsync("/v1/ap/placements", Json($$$"""
            {"commissionId":"{{{commissionId}}}","pupil":{"upn":"B801200005001","dateOfBirth":"2012-03-01","senProvision":"K","primaryNeed":"SEMH"},
             "fullTime":true,"startDate":"2026-10-05","plannedEndDate":"2026-12-18","homeSchoolUrn":"100000"}
            """));
        Assert.Equal(HttpStatusCode.OK, placed.StatusCode);
        var placementId = (await placed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        // The pupil is unknown (404) until pupil-movements has consumed ApPlacementStarted.
        await Eventually.Get(async () =>
            {
                var response = await laClient.GetAsync("/v1/pupils/B801200005001/timeline");
                return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonElement>() : default;
            },
            timeline => timeline.ValueKind == JsonValueKind.Object && timeline.TryGetProperty("movements", out var moves) && moves.EnumerateArray().Any(m => m.GetProperty("type").GetString() == "MOVEMENT_TYPE_INTO_AP"),
            "the into-AP movement in the pupil's timeline");

        // The provider reports as itself (its URN), and its scorecard counts the placement.
        using var provider = await ClientAsAsync(laClient.BaseAddress!, new { org_type = "ap_provider", org_id = "140001" });
        var reported = await provider.PostAsync($"/v1/ap/placements/{placementId}/outcomes", Json("""
            {"schoolYear":"2026-27","term":"TERM_AUTUMN","attendanceBeforePercent":"60.0","attendanceDuringPercent":"82.5",
             "englishProgressSteps":1,"mathsProgressSteps":1}
            """));
        Assert.Equal(HttpStatusCode.OK, reported.StatusCode);
        var scorecard = await provider.GetFromJsonAsync<JsonElement>($"/v1/ap/providers/{providerId}/scorecard");
        var attendance = scorecard.GetProperty("measures").EnumerateArray().Single(m => m.GetProperty("outcome").GetString() == "IMPROVED_ATTENDANCE");
        Assert.Equal(1, attendance.GetProperty("placements").GetInt32());
    }

    private static async Task InclusionPlansThroughTheGatewayAsync(HttpClient laClient)
    {
        // DfE publishes national standards; inclusion-plans checks a plan against them through service discovery.
        using var dfe = await ClientAsAsync(laClient.BaseAddress!, new { org_type = "dfe", org_id = "dfe" });
        Assert.Equal(HttpStatusCode.OK, (await dfe.PostAsync("/v1/standards/sets", Json(StandardsSetJson.Publishable("2026.1", "IDN-01", "AP-01")))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await dfe.PostAsync("/v1/standards/sets/2026.1:publish", Json("{}"))).StatusCode);

        var partnership = await laClient.PutAsync("/v1/local-authorities/931/partnership", Json("""
            {"members":[{"organisationId":"la-931","name":"Oxfordshire County Council","role":"PARTNER_ROLE_LOCAL_AUTHORITY"},
                        {"organisationId":"icb-bob","name":"BOB ICB","role":"PARTNER_ROLE_HEALTH"},
                        {"organisationId":"pcf-oxon","name":"Oxfordshire Parent Carer Forum","role":"PARTNER_ROLE_PARENT_CARER_FORUM"}]}
            """));
        Assert.Equal(HttpStatusCode.OK, partnership.StatusCode);
        var drafted = await laClient.PostAsync("/v1/local-authorities/931/inclusion-plans", Json("""
            {"content":{"periodStartYear":2026,"periodEndYear":2029,"standardsVersion":"2026.1",
             "commitments":[{"standardCode":"IDN-01","actions":"Train SENCOs","owner":"Head of SEND","dueDate":"2027-03-31","status":"RAG_AMBER"}]}}
            """));
        Assert.Equal(HttpStatusCode.OK, drafted.StatusCode);
        var planId = (await drafted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var compliance = await laClient.GetFromJsonAsync<JsonElement>($"/v1/local-authorities/931/inclusion-plans/{planId}/compliance");
        Assert.Equal(["standards.AP-01", "ap_service.TargetedSupport", "ap_service.TimeLimited", "ap_service.Transitional"],
            compliance.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("subject").GetString()));
        var plans = await laClient.GetFromJsonAsync<JsonElement>("/v1/local-authorities/931/inclusion-plans");
        Assert.Equal(planId, plans.GetProperty("plans")[0].GetProperty("id").GetString());

        // DfE registers a school; the LA draws a tailored list that finds it, suitability decided by the standards in force.
        var registered = await dfe.PutAsync("/v1/settings/123456", Json("""
            {"urn":"123456","name":"Cherwell School","laCode":"931","provisionType":"MAINSTREAM","phase":"PHASE_PRIMARY","ageFrom":4,"ageTo":11,
             "latitude":51.7520,"longitude":-1.2000,"places":[{"needCode":"ASD","places":5}]}
            """));
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        var drawn = await laClient.PostAsync("/v1/tailored-lists", Json("""
            {"laCode":"931","yearGroup":"3","primaryNeed":"ASD","senProvision":"K","home":{"latitude":51.7520,"longitude":-1.2577}}
            """));
        var list = await drawn.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("123456", 3.97), (list.GetProperty("settings")[0].GetProperty("urn").GetString(), list.GetProperty("settings")[0].GetProperty("distanceKm").GetDouble()));
        var kept = await laClient.GetFromJsonAsync<JsonElement>($"/v1/tailored-lists/{list.GetProperty("id").GetString()}");
        Assert.Equal("3", kept.GetProperty("request").GetProperty("yearGroup").GetString());
    }

    /// <summary>docs/partners.md, followed step by step: what each step prints is what the guide says it prints.</summary>
    private static async Task PartnerQuickStartAsync(Uri rest, Uri grpc)
    {
        var printed = await PartnerQuickStart.RunAsync(rest, grpc);
        Assert.Contains("\"name\":\"Oxfordshire\"", printed);
        Assert.Contains("send.ehcp.v1.EhcCases", printed);
        Assert.Contains("send.standards.v1.ReferenceData", printed);
        Assert.Contains("\"fieldViolations\"", printed);
        Assert.Contains("\"field\":\"upn\"", printed);
        var ids = System.Text.RegularExpressions.Regex.Matches(printed, "^(first|retry): ([0-9a-f-]{36})$", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => m.Groups[2].Value).ToList();
        Assert.Equal(2, ids.Count);
        Assert.Equal(ids[0], ids[1]);
        var firstPage = System.Text.RegularExpressions.Regex.Match(printed, "^page 1: (.*)$", System.Text.RegularExpressions.RegexOptions.Multiline).Groups[1].Value;
        Assert.Equal(2, JsonDocument.Parse(firstPage).RootElement.GetProperty("movements").GetArrayLength());
        Assert.NotEqual("", JsonDocument.Parse(firstPage).RootElement.GetProperty("page").GetProperty("nextPageToken").GetString());
        // gRPC through buf curl printed the LA as proto JSON too: the name appears twice (REST and gRPC).
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(printed, "\"name\": ?\"Oxfordshire\"").Count);
    }

    /// <summary>A client of the gateway holding a development token for the organisation described.</summary>
    private static async Task<HttpClient> ClientAsAsync(Uri gateway, object organisation)
    {
        var client = new HttpClient { BaseAddress = gateway };
        var token = await client.PostAsJsonAsync("/dev/token", organisation);
        client.DefaultRequestHeaders.Authorization = new("Bearer", (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString());
        return client;
    }

    private static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    [Fact]
    public async Task The_platform_starts_healthy_answers_every_service_through_the_gateway_and_stops_leaving_nothing_running()
    {
        using var healthy = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        foreach (var resource in PlatformProjects.Concat(["postgres", "standardsdb", "plansdb", "messaging", "messaging-epmd", "cache"]))
            await _app.ResourceNotifications.WaitForResourceHealthyAsync(resource, healthy.Token);

        var rest = _app.GetEndpoint("gateway", "rest");
        Assert.Equal(5080 + PortOffset, rest.Port);
        using var http = new HttpClient { BaseAddress = rest };
        var tokenResponse = await http.PostAsJsonAsync("/dev/token", new { org_type = "la", org_id = "la-931", la_code = "931" });
        var token = (await tokenResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var la = await http.GetFromJsonAsync<JsonElement>("/v1/reference/local-authorities/931");
        Assert.Equal("Oxfordshire", la.GetProperty("name").GetString());

        using var channel = GrpcChannel.ForAddress(_app.GetEndpoint("gateway", "grpc"));
        var upn = await new ReferenceData.ReferenceDataClient(channel)
            .ValidateUpnAsync(new ValidateUpnRequest { Upn = "H801200001001" }, new Metadata { { "authorization", "Bearer " + token } });
        Assert.True(upn.Valid);

        await FundingThroughTheGatewayAsync(http);
        await MovementsThroughTheGatewayAsync(http);
        await DashboardPagesThroughTheGatewayAsync(rest);
        await ApProvidersThroughTheGatewayAsync(http);
        await InclusionPlansThroughTheGatewayAsync(http);
        await PartnerQuickStartAsync(rest, _app.GetEndpoint("gateway", "grpc"));

        Assert.NotEmpty(ServerProcessesIn(_data));
        await _app.StopAsync();
        // The app host waits for DCP to stop its resources, so nothing is left the moment it has stopped.
        Assert.Empty(ServerProcessesIn(_data));
        foreach (var port in new[] { 15432, 15672, 15674, 16379, 5080, 5081 })
            Assert.False(await FreePort.IsOpenAsync(port + PortOffset, CancellationToken.None), $"port {port + PortOffset} is still open");
        // PostgreSQL removes its pid file when it shuts down; killed, it leaves it, and its next start recovers from a crash.
        Assert.False(File.Exists(Path.Combine(_data, "postgres", "postmaster.pid")), "PostgreSQL was killed rather than shut down");
    }
}
