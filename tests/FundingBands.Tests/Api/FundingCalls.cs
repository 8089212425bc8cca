using System.Net;
using System.Text.Json;
using SendPlatform.TestKit;

namespace SendPlatform.FundingBands.Tests.Api;

/// <summary>The funding REST calls tests make, as the JSON a partner would send.</summary>
public static class FundingCalls
{
    public const string Content = """
        {"bands":[{"code":"B1","name":"Band 1","ordinal":1},{"code":"B2","name":"Band 2","ordinal":2}],
         "tariffs":[{"bandCode":"B1","provisionType":"STATE_SPECIAL","annualTopUpPence":"1200000"},
                    {"bandCode":"B2","provisionType":"MAINSTREAM","annualTopUpPence":"310000"}],
         "areaCostAdjustments":[{"laCode":"202","factor":"1.0530"}]}
        """;

    public static Task<(HttpStatusCode Status, JsonElement Body)> CreateFrameworkAsync(this HttpClient client, string year, string content = Content, string? key = null, string? effectiveFrom = null) =>
        client.SendAsync(HttpMethod.Post, "/v1/funding/frameworks",
            $$"""{"financialYear":"{{year}}","idempotencyKey":"{{key ?? Guid.NewGuid().ToString()}}","effectiveFrom":"{{effectiveFrom ?? ""}}","content":{{content}}}""");

    public static Task<(HttpStatusCode Status, JsonElement Body)> PublishFrameworkAsync(this HttpClient client, string id) =>
        client.SendAsync(HttpMethod.Post, $"/v1/funding/frameworks/{id}:publish", "{}");

    /// <summary>Publishes the standard framework for the year unless this class's database already has one.</summary>
    public static async Task EnsurePublishedAsync(this HttpClient dfe, string year)
    {
        if ((await dfe.GetJsonAsync($"/v1/funding/frameworks/{year}")).Status == HttpStatusCode.OK) return;
        var (_, draft) = await dfe.CreateFrameworkAsync(year, key: $"ensure-{year}");
        await dfe.PublishFrameworkAsync(draft.GetProperty("id").GetString()!);
    }

    public static Task<(HttpStatusCode Status, JsonElement Body)> PricePlacementAsync(this HttpClient client, object request) =>
        client.PostJsonAsync("/v1/funding/placements:price", request);

    public static async Task<int> CountFrameworksAsync(this HttpClient client)
    {
        var (_, body) = await client.GetJsonAsync("/v1/funding/frameworks?page.page_size=500");
        return body.TryGetProperty("frameworks", out var list) ? list.GetArrayLength() : 0;
    }
}
