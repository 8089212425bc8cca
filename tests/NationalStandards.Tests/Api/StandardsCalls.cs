using System.Net;
using System.Text.Json;
using Google.Protobuf;
using SendPlatform.NationalStandards.Api;
using SendPlatform.NationalStandards.Domain.Standards;
using SendPlatform.TestKit;

namespace SendPlatform.NationalStandards.Tests.Api;

/// <summary>The standards REST calls tests make, with content written as the wire JSON a partner would send.</summary>
public static class StandardsCalls
{
    public static string Json(string version, StandardsSetContent content) =>
        $$"""{"version":"{{version}}","content":{{JsonFormatter.Default.Format(content.ToProto())}}}""";

    public static Task<(HttpStatusCode Status, JsonElement Body)> CreateSetAsync(this HttpClient client, string version, StandardsSetContent content) =>
        client.SendAsync(HttpMethod.Post, "/v1/standards/sets", Json(version, content));

    public static Task<(HttpStatusCode Status, JsonElement Body)> ReplaceSetAsync(this HttpClient client, string version, StandardsSetContent content) =>
        client.SendAsync(HttpMethod.Put, $"/v1/standards/sets/{version}", Json(version, content));

    public static Task<(HttpStatusCode Status, JsonElement Body)> PublishSetAsync(this HttpClient client, string version) =>
        client.SendAsync(HttpMethod.Post, $"/v1/standards/sets/{version}:publish", "{}");

    public static string Status(this JsonElement set) => set.GetProperty("status").GetString()!;
}
