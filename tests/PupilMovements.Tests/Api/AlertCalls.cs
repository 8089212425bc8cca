using System.Net;
using System.Text.Json;
using SendPlatform.TestKit;

namespace SendPlatform.PupilMovements.Tests.Api;

public static class AlertCalls
{
    /// <summary>The LA's alerts about one pupil (or setting), oldest first, as their type names.</summary>
    public static async Task<List<JsonElement>> AlertsAboutAsync(this HttpClient laClient, string laCode, string? upn = null, string? urn = null)
    {
        var (status, body) = await laClient.GetJsonAsync($"/v1/local-authorities/{laCode}/alerts?page.page_size=500" + (urn is null ? "" : $"&urn={urn}"));
        Assert.Equal(HttpStatusCode.OK, status);
        return body.GetProperty("alerts").EnumerateArray()
            .Where(a => upn is null || a.GetProperty("upn").GetString() == upn)
            .Reverse().ToList();
    }

    public static string[] Types(this IEnumerable<JsonElement> alerts) =>
        alerts.Select(a => a.GetProperty("type").GetString()!["ALERT_TYPE_".Length..]).ToArray();

    public static Dictionary<string, object> Deletion(string upn, string from, string sen, string date, string? to = null, string destination = "EHE",
        string ground = "ELECTIVE_HOME_EDUCATION") =>
        MovementCalls.Movement(upn, "DELETION", from: from, to: to, date: date)
            .With("destination", to is null ? destination : "")
            .With("deletionGround", ground)
            .With("pupil", new { dateOfBirth = "2012-03-01", senProvision = sen, primaryNeed = sen == "N" ? "" : "SEMH" });
}
