using System.Text.Json.Nodes;
using Google.Api;
using Google.Protobuf.Reflection;
using SendPlatform.ServiceDefaults.Grpc;
using SendPlatform.ServiceDefaults.Identity;
using Yarp.ReverseProxy;

namespace SendPlatform.Gateway.Docs;

/// <summary>
/// The gRPC services the gateway routes (a route /send.x.v1.Service/{method}), each with its methods, the scope each
/// needs and its REST form where it has one, for gRPC developers reading the partners' document.
/// </summary>
public static class GrpcCatalogue
{
    /// <summary>The full names of the gRPC services the gateway's routes carry.</summary>
    public static IReadOnlyList<string> RoutedServices(IProxyStateLookup proxy) =>
    [
        .. proxy.GetRoutes()
            .Select(r => r.Config.Match.Path ?? "")
            .Where(p => p.StartsWith("/send.", StringComparison.Ordinal) && p.EndsWith("/{method}", StringComparison.Ordinal))
            .Select(p => p[1..^"/{method}".Length])
            .Order(StringComparer.Ordinal),
    ];

    public static JsonArray ToJson(IProxyStateLookup proxy)
    {
        var services = ContractDescriptors.Services.ToDictionary(s => s.FullName, StringComparer.Ordinal);
        var result = new JsonArray();
        foreach (var name in RoutedServices(proxy))
        {
            if (!services.TryGetValue(name, out var service)) continue;
            result.Add(new JsonObject
            {
                ["service"] = name,
                ["methods"] = new JsonArray([.. service.Methods.Select(Method)]),
            });
        }
        return result;
    }

    private static JsonObject Method(MethodDescriptor method)
    {
        var json = new JsonObject
        {
            ["name"] = method.Name,
            ["path"] = $"/{method.Service.FullName}/{method.Name}",
            ["scope"] = CallerPolicy.Methods[$"/{method.Service.FullName}/{method.Name}"].Scope,
            ["streaming"] = method.IsClientStreaming ? "client" : method.IsServerStreaming ? "server" : "unary",
        };
        if (method.GetOptions()?.GetExtension(AnnotationsExtensions.Http) is { } rule && Rest(rule) is { } rest) json["rest"] = rest;
        return json;
    }

    private static string? Rest(HttpRule rule) => rule.PatternCase switch
    {
        HttpRule.PatternOneofCase.Get => "GET " + rule.Get,
        HttpRule.PatternOneofCase.Post => "POST " + rule.Post,
        HttpRule.PatternOneofCase.Put => "PUT " + rule.Put,
        HttpRule.PatternOneofCase.Patch => "PATCH " + rule.Patch,
        HttpRule.PatternOneofCase.Delete => "DELETE " + rule.Delete,
        _ => null,
    };
}
