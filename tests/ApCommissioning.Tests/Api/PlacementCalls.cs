using System.Net;
using SendPlatform.TestKit;

namespace SendPlatform.ApCommissioning.Tests.Api;

public static class PlacementCalls
{
    /// <summary>A time-limited placement of a secondary-age pupil on SEN support, back to school 100000 after 12 weeks.</summary>
    public static Dictionary<string, object> TimeLimited(string commissionId, string upn, string start = "2026-10-05", string plannedEnd = "2026-12-18") => new()
    {
        ["commissionId"] = commissionId,
        ["pupil"] = new { upn, dateOfBirth = "2012-03-01", senProvision = "K", primaryNeed = "SEMH" },
        ["fullTime"] = true,
        ["startDate"] = start,
        ["plannedEndDate"] = plannedEnd,
        ["homeSchoolUrn"] = "100000",
    };

    public static async Task<string> CommissionAsync(this HttpClient la, string providerId, int places, string laCode, string tier = "AP_TIER_TIME_LIMITED", string band = "B1")
    {
        var request = CommissioningCalls.Commission(providerId, places, laCode, band).With("tier", tier).With("overrideReason", "test commission");
        if (band.Length == 0) request.Remove("band");
        var (status, body) = await la.PostJsonAsync("/v1/ap/commissions", request);
        if (status != HttpStatusCode.OK) throw new InvalidOperationException($"commission: {status} {body}");
        return body.GetProperty("id").GetString()!;
    }

    public static string Upn(int serial, string laCode = "931") =>
        SharedKernel.Identifiers.Upn.Issue($"{laCode}3000{serial / 1000 % 100:D2}{serial % 1000:D3}").Value;
}
