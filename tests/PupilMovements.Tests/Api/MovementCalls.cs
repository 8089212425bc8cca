using System.Net;
using System.Text.Json;
using SendPlatform.TestKit;

namespace SendPlatform.PupilMovements.Tests.Api;

/// <summary>A movement as a school's MIS would POST it; each test overrides what it is about.</summary>
public static class MovementCalls
{
    /// <summary>Notified on its effective date (when that has come), as a prompt MIS would.</summary>
    public static Dictionary<string, object> Movement(string upn, string type, string? from = null, string? to = null, string date = "2026-09-01")
    {
        var movement = Fields(upn, type, from, to, date);
        if (DateOnly.TryParse(date, out var effective) && effective <= DateOnly.FromDateTime(DateTime.UtcNow)) movement["notifiedAt"] = $"{date}T16:00:00Z";
        return movement;
    }

    private static Dictionary<string, object> Fields(string upn, string type, string? from, string? to, string date) => new()
    {
        ["upn"] = upn,
        ["type"] = $"MOVEMENT_TYPE_{type}",
        ["effectiveDate"] = date,
        ["fromUrn"] = from ?? "",
        ["toUrn"] = to ?? "",
        ["pupil"] = new { dateOfBirth = "2015-05-01", senProvision = "E", primaryNeed = "ASD" },
    };

    public static Dictionary<string, object> With(this Dictionary<string, object> movement, string field, object value)
    {
        movement[field] = value;
        return movement;
    }

    public static Task<(HttpStatusCode Status, JsonElement Body)> RecordAsync(this HttpClient client, Dictionary<string, object> movement) =>
        client.PostJsonAsync("/v1/movements", movement);

    public static async Task<int> MovementCountAsync(this HttpClient laClient, string upn)
    {
        var (status, body) = await laClient.GetJsonAsync($"/v1/pupils/{upn}/timeline");
        return status == HttpStatusCode.NotFound ? 0 : body.GetProperty("movements").GetArrayLength();
    }
}
