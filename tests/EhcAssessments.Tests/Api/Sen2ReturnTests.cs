using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using SendPlatform.SharedKernel.Identifiers;
using SendPlatform.TestKit;
using static SendPlatform.EhcAssessments.Tests.Api.CaseCalls;

namespace SendPlatform.EhcAssessments.Tests.Api;

/// <summary>
/// A small LA's SEN2 return for the census of 15 January 2026, run through the API case by case and compared with a
/// file written by hand from the guide's rules (Api/Sen2/sen2-936-2026.xml): a plan issued on an older request and
/// reviewed, a refusal taken to mediation and the tribunal, a plan issued late in the year with an exception and
/// ceased, an open request for a 4-year-old; a refusal before the year and a request after the census are left out.
/// </summary>
public sealed partial class Sen2ReturnTests(EhcService service) : IClassFixture<EhcService>
{
    private const string La = "936";
    private const string Path = "/v1/ehc/local-authorities/936/sen2-return?censusDate=2026-01-15";
    private readonly HttpClient _la = service.Factory.RestAs(TestOrganisation.La(La));

    [Fact]
    public async Task The_return_equals_the_hand_made_file_and_its_checks_name_the_cases_to_put_right()
    {
        var alex = await RequestAsync("Alex", "Brown", "2015-03-10", "M", "936200001001", "2024-09-02");
        await DecideAsync(alex, "ASSESSMENT_DECISION_ASSESS", "2024-10-07");
        await IssueAsync(alex, decided: "2024-12-16", drafted: "2025-01-06", issued: "2025-01-27");
        await PostAsync($"/v1/ehc/cases/{alex}/reviews", new { meetingOn = "2025-11-03", decision = "REVIEW_DECISION_MAINTAIN", decidedOn = "2025-11-17" });

        var blake = await RequestAsync("Blake", "Carter", "2012-06-01", "F", "936200002001", "2025-03-03");
        await DecideAsync(blake, "ASSESSMENT_DECISION_NOT_ASSESS", "2025-04-07", "Needs are met from the school's own resources.");
        await PostAsync($"/v1/ehc/cases/{blake}:record-mediation", new
        {
            subject = "DISAGREEMENT_SUBJECT_NOT_TO_ASSESS", adviserContactedOn = "2025-04-14", wantsMediation = true, mediationHeldOn = "2025-05-01", certificateIssuedOn = "2025-05-02",
        });
        await PostAsync($"/v1/ehc/cases/{blake}:register-appeal", new { subject = "DISAGREEMENT_SUBJECT_NOT_TO_ASSESS", registeredOn = "2025-06-02" });

        var casey = await RequestAsync("Casey", "Doe", "2018-01-20", "F", upn: null, "2025-05-06");
        await DecideAsync(casey, "ASSESSMENT_DECISION_ASSESS", "2025-06-09");
        await PostAsync($"/v1/ehc/cases/{casey}:record-exception", new { kind = "EXCEPTION_KIND_PERSONAL_CIRCUMSTANCES", startedOn = "2025-07-01", endedOn = "2025-08-01" });
        await IssueAsync(casey, decided: "2025-08-18", drafted: "2025-08-25", issued: "2025-09-15");
        await PostAsync($"/v1/ehc/cases/{casey}:decide-to-cease", new { decidedOn = "2025-09-29", reason = "CEASE_REASON_NO_LONGER_NECESSARY" });
        await PostAsync($"/v1/ehc/cases/{casey}:cease", new { ceasedOn = "2025-12-01", reason = "CEASE_REASON_NO_LONGER_NECESSARY" });

        var dana = await RequestAsync("Dana", "Evans", "2021-04-01", "M", upn: null, "2025-11-03");

        var erin = await RequestAsync("Erin", "Fox", "2013-02-02", "F", "936200005001", "2024-01-08");
        await DecideAsync(erin, "ASSESSMENT_DECISION_NOT_ASSESS", "2024-02-12", "Needs are met from the school's own resources.");
        await RequestAsync("Gale", "Hill", "2014-05-05", "M", "936200006001", "2026-02-02");

        var response = await _la.GetAsync(Path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("sen2-936-2026.xml", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var xml = await response.Content.ReadAsStringAsync();
        Assert.Matches(GeneratedAt(), xml);
        var expected = await File.ReadAllTextAsync(System.IO.Path.Combine(AppContext.BaseDirectory, "Api", "Sen2", "sen2-936-2026.xml"));
        Assert.Equal(Normalise(expected), Normalise(GeneratedAt().Replace(xml, "<DateTime>GENERATED</DateTime>")));

        var (status, check) = await _la.GetJsonAsync(Path.Replace("sen2-return?", "sen2-return:check?"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((4, 4), (check.GetProperty("people").GetInt32(), check.GetProperty("requests").GetInt32()));
        var issues = check.GetProperty("issues").EnumerateArray()
            .Select(i => (i.GetProperty("severity").GetString(), i.GetProperty("rule").GetString(), i.TryGetProperty("caseId", out var id) ? id.GetString() : ""))
            .ToList();
        Assert.Equal([("SEN2_SEVERITY_ERROR", "upn", casey), ("SEN2_SEVERITY_QUERY", "request-outcome-overdue", dana), ("SEN2_SEVERITY_QUERY", "ethnicity", "")], issues);
        Assert.DoesNotContain("Casey", check.GetRawText());
    }

    [Fact]
    public async Task Only_the_LA_itself_generates_its_return_and_a_census_day_outside_January_or_in_the_future_is_refused()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await service.Factory.RestAs(TestOrganisation.La("931")).GetJsonAsync(Path)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.Factory.RestAs(TestOrganisation.Dfe).GetJsonAsync(Path)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.Factory.RestAs(TestOrganisation.School("100000")).GetJsonAsync(Path)).Status);

        var (status, error) = await _la.GetJsonAsync("/v1/ehc/local-authorities/93x/sen2-return?censusDate=2026-02-19");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["census_date", "la_code"], error.ViolatedFields().Order(StringComparer.Ordinal));
        var nextJanuary = new DateOnly(Today.Year + 1, 1, 21);
        (status, error) = await _la.GetJsonAsync($"/v1/ehc/local-authorities/936/sen2-return:check?censusDate={Iso(nextJanuary)}");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["census_date"], error.ViolatedFields());
        (status, error) = await _la.GetJsonAsync("/v1/ehc/local-authorities/936/sen2-return?censusDate=2026-01-32");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["census_date"], error.ViolatedFields());
        (status, error) = await _la.GetJsonAsync("/v1/ehc/local-authorities/936/sen2-return:check");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["census_date"], error.ViolatedFields());
    }

    private async Task<string> RequestAsync(string given, string family, string born, string sex, string? upn, string receivedOn)
    {
        var child = new Dictionary<string, object> { ["givenName"] = given, ["familyName"] = family, ["dateOfBirth"] = born, ["sex"] = sex, ["postcode"] = "GU1 1AA" };
        if (upn is not null) child["upn"] = Upn.Issue(upn).Value;
        var body = await _la.RequestAsync(new Dictionary<string, object>
        {
            ["laCode"] = La, ["child"] = child, ["source"] = "REQUEST_SOURCE_PARENT", ["receivedOn"] = receivedOn,
        });
        return body.Id();
    }

    private async Task DecideAsync(string id, string decision, string on, string? reason = null) =>
        Ok(await _la.DecideAsync(id, decision, DateOnly.Parse(on), reason), "decide-assessment");

    private async Task IssueAsync(string id, string decided, string drafted, string issued)
    {
        await PostAsync($"/v1/ehc/cases/{id}:decide-plan", new { decision = "ISSUE_DECISION_ISSUE", decidedOn = decided });
        Ok(await _la.DraftAsync(id, DateOnly.Parse(drafted)), "draft");
        Ok(await _la.FinalAsync(id, DateOnly.Parse(issued)), "final");
    }

    private async Task PostAsync(string path, object body) => Ok(await _la.PostJsonAsync(path, body), path);

    private static void Ok((HttpStatusCode Status, JsonElement Body) answer, string step)
    {
        if (answer.Status != HttpStatusCode.OK) throw new InvalidOperationException($"{step}: {answer.Status} {answer.Body}");
    }

    private static string Normalise(string xml) => xml.Replace("\r\n", "\n").Trim();

    [GeneratedRegex(@"<DateTime>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d</DateTime>")]
    private static partial Regex GeneratedAt();
}
