using System.Text.Json.Nodes;
using Microsoft.OpenApi.Models;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace SendPlatform.ServiceDefaults.OpenApi;

/// <summary>
/// Values for example requests: by a field's name where the platform's identifiers have a form (an LA code, a URN, a
/// UPN with its check letter, a year), else by the schema's type. Fictional, never a real child's.
/// </summary>
public static class ExampleValues
{
    private const int MaxDepth = 4;

    private static readonly Dictionary<string, string> ByName = new(StringComparer.Ordinal)
    {
        // A move names two LAs; every other *la_code is 931 (below).
        ["tolacode"] = "886",
        ["financialyear"] = "2026-27",
        ["academicyear"] = "2026-27",
        ["period"] = "2026-27",
        ["region"] = "South East",
        ["version"] = "2026.1",
        ["censusdate"] = "2026-01-15",
        ["pagetoken"] = "",
        ["idempotencykey"] = "3c9d1e7a-5b2f-4e8a-9d6c-1f0e2b4a7c85",
        ["postcode"] = "OX4 1AA",
        ["measure"] = "admissions",
    };

    /// <summary>A path names a region by its ONS code (the dashboard); a filter, by its name (reference data).</summary>
    public static string? ForPathName(string name) => name == "region" ? "E12000008" : ForName(name);

    public static string? ForName(string name)
    {
        var key = name.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();
        if (ByName.TryGetValue(key, out var value)) return value;
        if (key.EndsWith("urn", StringComparison.Ordinal)) return "100000";
        if (key.EndsWith("upn", StringComparison.Ordinal)) return "H801200001001";
        if (key.EndsWith("id", StringComparison.Ordinal)) return "0b8f2d4e-6c1a-4b7e-9f3d-2a5c8e1b7d40";
        if (key.EndsWith("lacode", StringComparison.Ordinal)) return "931";
        // Days are named *_on (decided_on) or *_date; JSON gives them as decidedOn, censusDate.
        if (key.EndsWith("date", StringComparison.Ordinal) || name.EndsWith("_on", StringComparison.Ordinal)
            || name.EndsWith("On", StringComparison.Ordinal)) return "2026-09-01";
        return null;
    }

    public static JsonNode? ForSchema(OpenApiSchema schema, SchemaRepository repository, int depth, string? name = null)
    {
        if (schema.Reference?.Id is { } id && repository.Schemas.TryGetValue(id, out var referenced)) schema = referenced;
        if (schema.Enum is { Count: > 0 } values)
        {
            var first = values.OfType<Microsoft.OpenApi.Any.OpenApiString>().Select(v => v.Value)
                .FirstOrDefault(v => !v.EndsWith("_UNSPECIFIED", StringComparison.Ordinal));
            return first is null ? null : JsonValue.Create(first);
        }
        switch (schema.Type)
        {
            case "object" when schema.Properties is { Count: > 0 } properties:
                if (depth >= MaxDepth) return new JsonObject();
                var result = new JsonObject();
                foreach (var (property, propertySchema) in properties)
                    if (ForSchema(propertySchema, repository, depth + 1, property) is { } value) result[property] = value;
                return result;
            case "array":
                return schema.Items is null || depth >= MaxDepth ? new JsonArray()
                    : new JsonArray(ForSchema(schema.Items, repository, depth + 1, name));
            case "integer":
                return name is not null && ForName(name) is { } number && int.TryParse(number, out var n) ? n
                    : name?.Contains("size", StringComparison.OrdinalIgnoreCase) == true ? 50 : 1;
            case "number":
                return 1.0;
            case "boolean":
                return false;
            case "string":
                if (name is not null && ForName(name) is { } known) return known.Length == 0 ? null : known;
                return schema.Format switch
                {
                    "date-time" => "2026-09-01T09:00:00Z",
                    "int64" => name?.Contains("pence", StringComparison.OrdinalIgnoreCase) == true ? "800000" : "1",
                    "byte" => "",
                    _ => "example",
                };
            default:
                return null;
        }
    }
}
