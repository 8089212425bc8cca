using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SendPlatform.TestKit;

namespace SendPlatform.Faults.Tests;

/// <summary>The scenarios' schools: on the settings register, and their filled places as inclusion-plans counts them from events.</summary>
public static class Schools
{
    /// <summary>A school on the register, known to pupil-movements once its first admission is accepted (the register reaches it by event).</summary>
    public static async Task<HttpClient> InAreaAsync(FaultyPlatform platform, string urn)
    {
        using var dfe = await platform.ClientAsAsync(new { org_type = "dfe", org_id = "dfe" });
        (await dfe.PutAsJsonAsync($"/v1/settings/{urn}", new
        {
            urn, name = $"Fault school {urn}", laCode = "931", provisionType = "MAINSTREAM", phase = "PHASE_PRIMARY", ageFrom = 4, ageTo = 11,
            latitude = 52.0, longitude = -1.3, places = new[] { new { needCode = "ASD", places = 30 } },
        })).EnsureSuccessStatusCode();
        var la = await platform.ClientAsAsync(new { org_type = "la", org_id = "la-931", la_code = "931" });
        await Eventually.Get(async () => (await la.PostAsJsonAsync("/v1/movements", new
        {
            upn = MovementBurst.UpnOf(999, int.Parse(urn) % 1000), type = "MOVEMENT_TYPE_ADMISSION",
            effectiveDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd"), toUrn = urn,
            idempotencyKey = $"faults-probe-{urn}", pupil = new { dateOfBirth = "2015-05-01", senProvision = "N" },
        })).StatusCode, status => status == HttpStatusCode.OK, $"pupil-movements to know school {urn}", TimeSpan.FromMinutes(2));
        return la;
    }

    public static async Task<int> PlacesFilledAsync(HttpClient la, string urn)
    {
        var listed = await la.GetFromJsonAsync<JsonElement>("/v1/local-authorities/931/settings?provisionType=MAINSTREAM&pageSize=500");
        return listed.GetProperty("settings").EnumerateArray().Single(s => s.GetProperty("urn").GetString() == urn).GetProperty("placesFilled").GetInt32();
    }
}
