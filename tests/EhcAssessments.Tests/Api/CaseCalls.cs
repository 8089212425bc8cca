using System.Net;
using System.Text.Json;
using SendPlatform.SharedKernel.Identifiers;
using SendPlatform.TestKit;

namespace SendPlatform.EhcAssessments.Tests.Api;

/// <summary>Requests for assessment as partners send them, dated from today in England so due dates stay meaningful on any day the tests run.</summary>
public static class CaseCalls
{
    public static DateOnly Today => EnglandCalendar.TodayInEngland(TimeProvider.System);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A parent's request for an 8-year-old, received <paramref name="daysAgo"/> days ago.</summary>
    public static Dictionary<string, object> ParentRequest(string laCode = "931", int daysAgo = 10, string? key = null)
    {
        var request = new Dictionary<string, object>
        {
            ["laCode"] = laCode,
            ["child"] = new Dictionary<string, object>
            {
                ["givenName"] = "Sam",
                ["familyName"] = "Taylor",
                ["dateOfBirth"] = Iso(Today.AddYears(-8)),
                ["sex"] = "U",
                ["postcode"] = "ox1 1aa",
                ["upn"] = Upn.Issue($"{laCode}2000{daysAgo % 100:D2}001").Value,
            },
            ["source"] = "REQUEST_SOURCE_PARENT",
            ["receivedOn"] = Iso(Today.AddDays(-daysAgo)),
        };
        if (key is not null) request["idempotencyKey"] = key;
        return request;
    }

    public static Dictionary<string, object> SettingRequest(string urn, string laCode = "931")
    {
        var request = ParentRequest(laCode);
        request["source"] = "REQUEST_SOURCE_SETTING";
        request["requestingSettingUrn"] = urn;
        return request;
    }

    public static Dictionary<string, object> With(this Dictionary<string, object> request, string field, object value)
    {
        request[field] = value;
        return request;
    }

    public static async Task<JsonElement> RequestAsync(this HttpClient client, Dictionary<string, object> request)
    {
        var (status, body) = await client.PostJsonAsync("/v1/ehc/requests", request);
        if (status != HttpStatusCode.OK) throw new InvalidOperationException($"request: {status} {body}");
        return body;
    }

    public static string Id(this JsonElement ehcCase) => ehcCase.GetProperty("id").GetString()!;

    public static Task<(HttpStatusCode Status, JsonElement Body)> DecideAsync(this HttpClient client, string caseId, string decision, DateOnly on, string? reason = null) =>
        client.PostJsonAsync($"/v1/ehc/cases/{caseId}:decide-assessment", new Dictionary<string, object?>
        {
            ["decision"] = decision,
            ["decidedOn"] = Iso(on),
            ["reason"] = reason,
        });

    /// <summary>A plan in the national template for an autistic child: complete, with section I as given (a draft leaves the URN out).</summary>
    public static object Plan(string? urn = "100000", string provisionType = "MAINSTREAM", string band = "") => new
    {
        aViewsInterestsAspirations = new { text = "Sam wants to work on the railway." },
        bSpecialEducationalNeeds = new { primaryNeedCode = "ASD" },
        cHealthNeeds = new { text = "" },
        dSocialCareNeeds = new { text = "" },
        eOutcomes = new { outcomes = new[] { new { id = "O1", description = "Hold a conversation with a familiar adult by July" } } },
        fSpecialEducationalProvision = new
        {
            items = new[] { new { outcomeIds = new[] { "O1" }, what = "Speech and language therapy", who = "Speech and language therapist", howOften = "Weekly, 45 minutes", howLong = "Until the next review" } },
        },
        gHealthProvision = new { items = Array.Empty<object>() },
        h1SocialCareProvisionCsdpa = new { items = Array.Empty<object>() },
        h2OtherSocialCareProvision = new { items = Array.Empty<object>() },
        iPlacement = new { provisionType, settingName = urn is null ? "" : "Oakfield Primary", urn = urn ?? "", fundingBand = band },
        jPersonalBudget = new { text = "" },
        kAdviceAndInformation = new { text = "Educational psychologist's advice, 2026" },
    };

    /// <summary>A case the LA decided to assess <paramref name="assessedDaysAgo"/> days ago and to issue a plan for today.</summary>
    public static async Task<string> DraftingCaseAsync(this HttpClient la, int receivedDaysAgo = 60, int assessedDaysAgo = 40, string laCode = "931")
    {
        var id = (await la.RequestAsync(ParentRequest(laCode, daysAgo: receivedDaysAgo))).Id();
        await la.DecideAsync(id, "ASSESSMENT_DECISION_ASSESS", Today.AddDays(-assessedDaysAgo));
        var (status, body) = await la.PostJsonAsync($"/v1/ehc/cases/{id}:decide-plan", new { decision = "ISSUE_DECISION_ISSUE", decidedOn = Iso(Today.AddDays(-assessedDaysAgo)) });
        if (status != HttpStatusCode.OK) throw new InvalidOperationException($"decide-plan: {status} {body}");
        return id;
    }

    public static Task<(HttpStatusCode Status, JsonElement Body)> DraftAsync(this HttpClient la, string id, DateOnly servedOn, object? plan = null) =>
        la.PostJsonAsync($"/v1/ehc/cases/{id}/drafts", new { plan = plan ?? Plan(urn: null), issuedOn = Iso(servedOn) });

    public static Task<(HttpStatusCode Status, JsonElement Body)> FinalAsync(this HttpClient la, string id, DateOnly issuedOn, object? plan = null, DateOnly? respondedOn = null) =>
        la.PostJsonAsync($"/v1/ehc/cases/{id}:issue-final", new Dictionary<string, object?>
        {
            ["plan"] = plan ?? Plan(),
            ["issuedOn"] = Iso(issuedOn),
            ["familyRespondedOn"] = respondedOn is { } r ? Iso(r) : null,
        });
}
