using System.Net;
using System.Text.Json;
using SendPlatform.TestKit;

namespace SendPlatform.ApCommissioning.Tests.Api;

public static class CommissioningCalls
{
    public static Task<(HttpStatusCode Status, JsonElement Body)> SetBudgetAsync(this HttpClient la, string laCode, long timeLimitedPence2026, string first = "2026-27") =>
        la.SendAsync(HttpMethod.Put, $"/v1/local-authorities/{laCode}/ap/budget", new
        {
            firstFinancialYear = first,
            years = Enumerable.Range(0, 3).Select(i => new
            {
                financialYear = $"{int.Parse(first[..4]) + i}-{(int.Parse(first[..4]) + i + 1) % 100:00}",
                tiers = new object[]
                {
                    new { tier = "AP_TIER_TIME_LIMITED", amountPence = (i == 0 ? timeLimitedPence2026 : 50_000_00).ToString() },
                    new { tier = "AP_TIER_TARGETED_SUPPORT", amountPence = "2000000" },
                },
            }).ToArray(),
        });

    public static async Task<string> ProviderAsync(this HttpClient la, string urn, string laCode = "931")
    {
        var (status, body) = await la.PostJsonAsync("/v1/ap/providers", ProviderCalls.Registered(urn, la: laCode).With("capacity", 20));
        if (status != HttpStatusCode.OK) throw new InvalidOperationException($"provider: {status} {body}");
        return body.GetProperty("id").GetString()!;
    }

    public static Dictionary<string, object> Commission(string providerId, int places, string laCode = "931", string band = "B1") => new()
    {
        ["laCode"] = laCode,
        ["providerId"] = providerId,
        ["tier"] = "AP_TIER_TIME_LIMITED",
        ["places"] = places,
        ["period"] = new { start = "2026-09-01", end = "2027-03-31" },
        ["band"] = band,
    };

    public static long Line(this JsonElement budget, string year, string tier, string field) =>
        budget.GetProperty("years").EnumerateArray().Single(y => y.GetProperty("financialYear").GetString() == year)
            .GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("tier").GetString() == tier).GetProperty(field).Pence();
}
