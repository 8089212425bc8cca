using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi.Any;
using Microsoft.OpenApi.Models;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace SendPlatform.ServiceDefaults.OpenApi;

/// <summary>
/// An example request for every operation: its path and body filled from the request's own schema with valid-looking
/// values (ExampleValues), shown as the body's example and as a curl command (x-codeSamples, which the docs page shows).
/// Made from the schema, so an example cannot name a field the contract no longer has.
/// </summary>
public sealed class ExampleRequests : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var path = "/" + context.ApiDescription.RelativePath;
        var pathParameters = operation.Parameters.Where(p => p.In == ParameterLocation.Path).ToList();
        foreach (var parameter in pathParameters)
        {
            var value = ExampleValues.ForPathName(parameter.Name) ?? (parameter.Schema?.Type == "integer" ? "1" : "example");
            parameter.Example = new OpenApiString(value);
            path = path.Replace("{" + parameter.Name + "}", Uri.EscapeDataString(value), StringComparison.Ordinal);
        }
        // Query parameters whose form the platform fixes (a census day, a year, a period) are shown filled: some are required.
        var query = operation.Parameters.Where(p => p.In == ParameterLocation.Query)
            .Select(p => (Parameter: p, Value: ExampleValues.ForName(p.Name)))
            .Where(p => !string.IsNullOrEmpty(p.Value))
            .ToList();
        foreach (var (parameter, value) in query) parameter.Example = new OpenApiString(value);
        if (query.Count > 0) path += "?" + string.Join('&', query.Select(q => $"{q.Parameter.Name}={Uri.EscapeDataString(q.Value!)}"));
        var method = context.ApiDescription.HttpMethod ?? "GET";
        var lines = new List<string> { $"curl -s -X {method} \"$GATEWAY{path}\" \\", "  -H \"authorization: Bearer $TOKEN\"" };
        if (operation.RequestBody?.Content is { } content)
        {
            if (content.TryGetValue("application/json", out var json) && json.Schema is not null)
            {
                var body = ExampleValues.ForSchema(json.Schema, context.SchemaRepository, depth: 0) as JsonObject ?? new JsonObject();
                // A field the path carries (body "*" still lists it) is taken from the path.
                foreach (var parameter in pathParameters) body.Remove(parameter.Name.Split('.')[0]);
                json.Example = ToOpenApi(body);
                lines[^1] += " -H 'content-type: application/json' \\";
                lines.Add($"  -d '{body.ToJsonString()}'");
            }
            else if (content.Keys.FirstOrDefault(k => k.Contains("ndjson", StringComparison.Ordinal)) is { } ndjson)
            {
                lines[^1] += $" -H 'content-type: {ndjson}' \\";
                lines.Add("  --data-binary @lines.ndjson");
            }
        }
        operation.Extensions["x-codeSamples"] = new OpenApiArray
        {
            new OpenApiObject
            {
                ["lang"] = new OpenApiString("Shell"),
                ["label"] = new OpenApiString("curl"),
                ["source"] = new OpenApiString(string.Join('\n', lines)),
            },
        };
    }

    private static IOpenApiAny ToOpenApi(JsonNode? node) => node switch
    {
        JsonObject o => o.Aggregate(new OpenApiObject(), (result, p) => { result[p.Key] = ToOpenApi(p.Value); return result; }),
        JsonArray a => a.Aggregate(new OpenApiArray(), (result, item) => { result.Add(ToOpenApi(item)); return result; }),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => new OpenApiString(v.GetValue<string>()),
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => new OpenApiBoolean(v.GetValue<bool>()),
        JsonValue v when v.TryGetValue<int>(out var i) => new OpenApiInteger(i),
        JsonValue v => new OpenApiDouble(v.GetValue<double>()),
        _ => new OpenApiNull(),
    };
}
