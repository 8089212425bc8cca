using System.Net;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.TestKit;

namespace SendPlatform.ApCommissioning.Tests.Api;

public sealed class PerformanceApiTests(ApWithFundingService service) : IClassFixture<ApWithFundingService>
{
    private readonly HttpClient _la = service.Factory.RestAs(TestOrganisation.La("931"));
    private readonly HttpClient _provider = service.Factory.RestAs(new TestOrganisation("ap_provider", "170001"));

    private static object Outcomes(string before, string during, int english, int maths, string sustained = "SUSTAINED_UNSPECIFIED", string term = "TERM_AUTUMN",
        string year = "2026-27") => new
    {
        schoolYear = year, term, attendanceBeforePercent = before, attendanceDuringPercent = during,
        englishProgressSteps = english, mathsProgressSteps = maths, sustainedTwoTerms = sustained,
    };

    [Fact]
    public async Task The_provider_reports_its_placements_and_the_scorecards_measure_them()
    {
        var providerId = await _la.ProviderAsync("170001");
        var commission = await _la.CommissionAsync(providerId, 10, "931");
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var (_, placement) = await _la.PostJsonAsync("/v1/ap/placements", PlacementCalls.TimeLimited(commission, PlacementCalls.Upn(100 + i)));
            ids.Add(placement.GetProperty("id").GetString()!);
        }
        // Attendance improves for 4 of 5; the first report of the last placement is corrected to no improvement.
        for (var i = 0; i < 4; i++)
            Assert.Equal(HttpStatusCode.OK, (await _provider.PostJsonAsync($"/v1/ap/placements/{ids[i]}/outcomes", Outcomes("60.0", "75.5", 1, 1))).Status);
        await _provider.PostJsonAsync($"/v1/ap/placements/{ids[4]}/outcomes", Outcomes("60.0", "75.5", 1, 1));
        var (status, corrected) = await _provider.PostJsonAsync($"/v1/ap/placements/{ids[4]}/outcomes", Outcomes("60.0", "58.0", 0, 1));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(("58.0", "170001"), (corrected.GetProperty("attendanceDuringPercent").GetString(), corrected.GetProperty("reportedBy").GetString()));

        var (_, scorecard) = await service.Factory.RestAs(TestOrganisation.Dfe).GetJsonAsync($"/v1/ap/providers/{providerId}/scorecard");
        var measures = scorecard.GetProperty("measures").EnumerateArray().ToDictionary(m => m.GetProperty("outcome").GetString()!);
        Assert.Equal(("80.0", 5, "RATING_GREEN"), (measures["IMPROVED_ATTENDANCE"].GetProperty("valuePercent").GetString(),
            measures["IMPROVED_ATTENDANCE"].GetProperty("placements").GetInt32(), measures["IMPROVED_ATTENDANCE"].GetProperty("rating").GetString()));
        Assert.Equal(("80.0", "RATING_GREEN"), (measures["ATTAINMENT_ENGLISH_AND_MATHS"].GetProperty("valuePercent").GetString(),
            measures["ATTAINMENT_ENGLISH_AND_MATHS"].GetProperty("rating").GetString()));
        Assert.Equal(("", "RATING_TOO_FEW_PLACEMENTS"), (measures["REINTEGRATION"].GetProperty("valuePercent").GetString(), measures["REINTEGRATION"].GetProperty("rating").GetString()));

        var (_, laScorecard) = await _la.GetJsonAsync("/v1/local-authorities/931/ap/scorecard");
        Assert.Equal("931", laScorecard.GetProperty("subject").GetString());
        Assert.Equal(5, laScorecard.GetProperty("measures").EnumerateArray().Single(m => m.GetProperty("outcome").GetString() == "IMPROVED_ATTENDANCE").GetProperty("placements").GetInt32());
    }

    [Fact]
    public async Task Each_report_announces_the_placements_outcomes_year_by_year_and_a_correction_announces_them_again()
    {
        await using var observer = await BrokerObserver.StartAsync<ApOutcomesAssessed>(service.MessagingConnectionString);
        var providerId = await _la.ProviderAsync("170003");
        var commission = await _la.CommissionAsync(providerId, 2, "931");
        var (_, placement) = await _la.PostJsonAsync("/v1/ap/placements", PlacementCalls.TimeLimited(commission, PlacementCalls.Upn(130)));
        var id = placement.GetProperty("id").GetString()!;
        var reporter = service.Factory.RestAs(new TestOrganisation("ap_provider", "170003"));
        var path = $"/v1/ap/placements/{id}/outcomes";

        // 2026-27: attendance up, progress in both. 2027-28: attendance up again, two steps more in English.
        Assert.Equal(HttpStatusCode.OK, (await reporter.PostJsonAsync(path, Outcomes("60.0", "75.0", 1, 1))).Status);
        Assert.Equal(HttpStatusCode.OK, (await reporter.PostJsonAsync(path, Outcomes("75.0", "80.0", 2, 0, year: "2027-28"))).Status);
        // The 2026-27 term corrected: attendance no longer up, progress only in maths. 2026-27 now meets neither; 2027-28, counting
        // both years' progress (English 0 + 2, maths 1 + 0) and its own attendance, meets both.
        Assert.Equal(HttpStatusCode.OK, (await reporter.PostJsonAsync(path, Outcomes("60.0", "55.0", 0, 1))).Status);

        string Years(System.Text.Json.JsonElement m) => string.Join(" | ", m.GetProperty("years").EnumerateArray().Select(y =>
            $"{y.GetProperty("schoolYear").GetString()} outreach={y.GetProperty("effectiveOutreach")} attendance={y.GetProperty("improvedAttendance")} " +
            $"attainment={y.GetProperty("attainmentEnglishAndMaths")} reintegration={y.GetProperty("reintegration")} post16={y.GetProperty("post16Transitions")}"));
        var ours = await Eventually.Get(() => Task.FromResult(observer.Received.Where(r => r.Message.GetProperty("placementId").GetString() == id).ToList()),
            r => r.Count == 3, "three ApOutcomesAssessed");
        var latest = ours.MaxBy(r => r.Message.GetProperty("asOf").GetDateTimeOffset())!.Message;
        Assert.Equal(("931", "TimeLimited", "170003"),
            (latest.GetProperty("laCode").GetString(), latest.GetProperty("tier").GetString(), latest.GetProperty("providerUrn").GetString()));
        Assert.Equal("2026-27 outreach= attendance=False attainment=False reintegration= post16= | " +
            "2027-28 outreach= attendance=True attainment=True reintegration= post16=", Years(latest));
        Assert.DoesNotContain(ours, r => r.Message.ToString().Contains(PlacementCalls.Upn(130), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_the_provider_reports_and_bad_reports_are_400()
    {
        var providerId = await _la.ProviderAsync("170002");
        var commission = await _la.CommissionAsync(providerId, 2, "931");
        var (_, placement) = await _la.PostJsonAsync("/v1/ap/placements", PlacementCalls.TimeLimited(commission, PlacementCalls.Upn(120)));
        var path = $"/v1/ap/placements/{placement.GetProperty("id").GetString()}/outcomes";

        Assert.Equal(HttpStatusCode.Forbidden, (await _provider.PostJsonAsync(path, Outcomes("60.0", "70.0", 1, 1))).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await _la.PostJsonAsync(path, Outcomes("60.0", "70.0", 1, 1))).Status);
        var owner = service.Factory.RestAs(new TestOrganisation("ap_provider", "170002"));
        var (status, error) = await owner.PostJsonAsync(path, new
        {
            schoolYear = "2026-28", term = "TERM_AUTUMN", attendanceBeforePercent = "101", attendanceDuringPercent = "70.25",
            englishProgressSteps = 21, mathsProgressSteps = 0, outreachOutcome = "OUTREACH_OUTCOME_ACHIEVED", sustainedTwoTerms = "SUSTAINED_YES",
        });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["school_year", "attendance_before_percent", "attendance_during_percent", "english_progress_steps", "outreach_outcome", "sustained_two_terms"],
            error.ViolatedFields());
        Assert.Equal(HttpStatusCode.NotFound, (await owner.PostJsonAsync($"/v1/ap/placements/{Guid.NewGuid()}/outcomes", Outcomes("60.0", "70.0", 1, 1))).Status);
    }
}
