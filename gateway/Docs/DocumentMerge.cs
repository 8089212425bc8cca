using System.Text.Json.Nodes;

namespace SendPlatform.Gateway.Docs;

/// <summary>
/// Merges services' OpenAPI documents: paths are disjoint (the gateway routes each to one service); schemas share
/// proto full names, so a name two services both use (send.common.v1.PageRequest) is one contract and kept once.
/// </summary>
public static class DocumentMerge
{
    public static JsonObject Start() => new()
    {
        ["openapi"] = "3.0.4",
        ["info"] = new JsonObject
        {
            ["title"] = "SEND Platform",
            ["version"] = "v1",
            ["description"] = Description,
        },
        ["servers"] = new JsonArray(new JsonObject { ["url"] = "/", ["description"] = "this gateway" }),
        ["paths"] = new JsonObject(),
        ["components"] = new JsonObject { ["schemas"] = new JsonObject(), ["securitySchemes"] = new JsonObject() },
        ["tags"] = new JsonArray(),
    };

    public static void Add(JsonObject merged, string cluster, JsonObject part)
    {
        var paths = merged["paths"]!.AsObject();
        var schemas = merged["components"]!["schemas"]!.AsObject();
        var schemes = merged["components"]!["securitySchemes"]!.AsObject();
        var tags = merged["tags"]!.AsArray();
        foreach (var (path, item) in part["paths"]?.AsObject() ?? [])
        {
            var copy = item!.DeepClone().AsObject();
            foreach (var (_, operation) in copy) if (operation is JsonObject o) o["x-service"] = cluster;
            paths[path] = copy;
        }
        foreach (var (name, schema) in part["components"]?["schemas"]?.AsObject() ?? [])
            if (!schemas.ContainsKey(name)) schemas[name] = schema!.DeepClone();
        foreach (var (name, scheme) in part["components"]?["securitySchemes"]?.AsObject() ?? [])
            if (!schemes.ContainsKey(name)) schemes[name] = scheme!.DeepClone();
        var named = tags.Select(t => t?["name"]?.GetValue<string>()).ToHashSet();
        foreach (var tag in part["tags"]?.AsArray() ?? [])
            if (named.Add(tag?["name"]?.GetValue<string>())) tags.Add(tag!.DeepClone());
        // Operations Swashbuckle tagged without a tags list entry still get one, so the page groups every service.
        foreach (var tag in paths.SelectMany(p => p.Value!.AsObject()).SelectMany(o => o.Value?["tags"]?.AsArray() ?? []))
            if (tag?.GetValue<string>() is { } name && named.Add(name)) tags.Add(new JsonObject { ["name"] = name, ["x-service"] = cluster });
    }

    private const string Description = """
        The REST (JSON) face of the platform's gRPC services, generated from their protos. Every call needs a bearer
        token naming your organisation; its scopes decide which operations you may call, and the records you may touch
        are decided from what the platform holds (a local authority sees its own area only).

        Errors are google.rpc.Status objects, the same as gRPC callers get: `code`, `message`, and `details` holding a
        google.rpc.BadRequest (the fields at fault) or a google.rpc.PreconditionFailure (the rules at fault).
        Lists page with `page.pageSize` and `page.pageToken` (pass back the `nextPageToken` of the last page). Writes that
        create take an `idempotencyKey`: a retry with the same key returns the first answer and changes nothing.

        The gRPC services (x-grpc-services) are on the gateway's gRPC port, with server reflection for listing them.
        See docs/partners.md for a step-by-step start.
        """;
}
