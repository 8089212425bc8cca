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
}
