using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SendPlatform.TestKit;

/// <summary>REST helpers: JSON bodies in, parsed JSON and the field names of a google.rpc.BadRequest out.</summary>
public static class Rest
{
    public static async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(this HttpClient client, HttpMethod method, string path, object? body = null)
    {
        // The client's protocol choice holds (HTTP/2 for a service on a real socket, whose endpoints are h2c only).
        using var request = new HttpRequestMessage(method, path) { Version = client.DefaultRequestVersion, VersionPolicy = client.DefaultVersionPolicy };
        if (body is not null) request.Content = body is string raw
            ? new StringContent(raw, System.Text.Encoding.UTF8, "application/json")
            : JsonContent.Create(body);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public static Task<(HttpStatusCode Status, JsonElement Body)> GetJsonAsync(this HttpClient client, string path) => client.SendAsync(HttpMethod.Get, path);

    public static Task<(HttpStatusCode Status, JsonElement Body)> PostJsonAsync(this HttpClient client, string path, object body) => client.SendAsync(HttpMethod.Post, path, body);

    public static IReadOnlyList<string> ViolatedFields(this JsonElement error) =>
        error.GetProperty("details").EnumerateArray()
            .Where(d => d.GetProperty("@type").GetString()!.EndsWith("google.rpc.BadRequest"))
            .SelectMany(d => d.GetProperty("fieldViolations").EnumerateArray())
            .Select(v => v.GetProperty("field").GetString()!)
            .ToList();

    public static IReadOnlyList<string> PreconditionSubjects(this JsonElement error) =>
        error.GetProperty("details").EnumerateArray()
            .Where(d => d.GetProperty("@type").GetString()!.EndsWith("google.rpc.PreconditionFailure"))
            .SelectMany(d => d.GetProperty("violations").EnumerateArray())
            .Select(v => v.GetProperty("subject").GetString()!)
            .ToList();

    /// <summary>An int64 field (e.g. pence) as canonical proto3 JSON writes it: a string.</summary>
    public static long Pence(this JsonElement value) => long.Parse(value.GetString()!, System.Globalization.CultureInfo.InvariantCulture);
}
