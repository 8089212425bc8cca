using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Grpc.Core;
using Grpc.Reflection.V1;
using V1Alpha = Grpc.Reflection.V1Alpha;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;
using SendPlatform.Gateway.Docs;
using SendPlatform.Gateway.Security;
using SendPlatform.Gateway.Tests.Access;
using SendPlatform.Gateway.Tests.Fuzz;
using SendPlatform.ServiceDefaults.Grpc;
using SendPlatform.TestKit;
using Yarp.ReverseProxy;

namespace SendPlatform.Gateway.Tests.Docs;

/// <summary>
/// The partners' documentation against what the gateway really carries: the merged OpenAPI document covers every
/// route and documents nothing unrouted, every operation has an example, a scope and the error shapes, the examples'
/// paths are valid requests, the page is public, and reflection lists every service to a partner and no one else.
/// </summary>
public sealed partial class PartnerDocsTests(UnseededPlatform platform) : IClassFixture<UnseededPlatform>
{
    private static readonly string[] Verbs = ["get", "post", "put", "patch", "delete"];

    private async Task<JsonElement> DocumentAsync()
    {
        using var client = platform.Gateway.CreateClient();
        using var response = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private IReadOnlyList<string> GatewayPaths() =>
        [.. platform.Gateway.Services.GetRequiredService<IProxyStateLookup>().GetRoutes().Select(r => r.Config.Match.Path!)];

    private static IEnumerable<(string Path, string Verb, JsonElement Operation)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject()
            .Where(o => Verbs.Contains(o.Name))
            .Select(o => (p.Name, o.Name, o.Value)));

    // Whether the gateway's route pattern ({x} a segment, {**x} the rest, possibly none) takes a documented path,
    // its parameters ({laCode}) filled, matched by ASP.NET Core's own route matcher as the gateway's routing does.
    private static bool Routes(string gatewayPattern, string documentedPath)
    {
        var matcher = new TemplateMatcher(TemplateParser.Parse(gatewayPattern.TrimStart('/')), []);
        return matcher.TryMatch(Regex.Replace(documentedPath, "{[^}]+}", "x"), []);
    }

    private static bool IsRest(string path) => path.StartsWith("/v1/", StringComparison.Ordinal);

    [Fact]
    public async Task The_document_covers_every_route_the_gateway_carries_and_documents_nothing_it_does_not()
    {
        var document = await DocumentAsync();
        Assert.False(document.TryGetProperty("x-unavailable", out var unavailable), $"services not documented: {unavailable}");
        var documented = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        var routes = GatewayPaths();

        var undocumented = routes.Where(IsRest).Where(r => !documented.Any(d => Routes(r, d))).ToList();
        Assert.True(undocumented.Count == 0, "routed but not documented: " + string.Join(", ", undocumented));
        var unrouted = documented.Where(d => !routes.Where(IsRest).Any(r => Routes(r, d))).ToList();
        Assert.True(unrouted.Count == 0, "documented but not routed: " + string.Join(", ", unrouted));
        // The page route is the dashboard's web pages, not an API, and is not documented as one.
        Assert.Equal(PartnerRouteDefaults.PageRoutes.Order(), routes.Where(r => !IsRest(r) && !r.StartsWith("/send.", StringComparison.Ordinal)).Order());

        var grpc = document.GetProperty("x-grpc-services").EnumerateArray().Select(s => s.GetProperty("service").GetString()!).ToList();
        Assert.Equal(ContractDescriptors.Services.Select(s => s.FullName).Order(StringComparer.Ordinal), grpc);
        Assert.Equal(GrpcCatalogue.RoutedServices(platform.Gateway.Services.GetRequiredService<IProxyStateLookup>()), grpc);
    }

    [Fact]
    public async Task Every_operation_has_an_example_request_its_scope_and_the_error_shapes()
    {
        var document = await DocumentAsync();
        var operations = Operations(document).ToList();
        // Every HTTP rule in the contracts, and the one plain endpoint (the NDJSON high-needs estimate).
        var rules = ContractDescriptors.Services.SelectMany(s => s.Methods).Count(m => m.GetOptions()?.HasExtension(Google.Api.AnnotationsExtensions.Http) == true);
        Assert.Equal(rules + 1, operations.Count);
        var problems = operations.SelectMany(o => Problems(o.Path, o.Verb, o.Operation).Select(p => $"{o.Verb} {o.Path}: {p}")).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        var schemas = document.GetProperty("components").GetProperty("schemas");
        Assert.True(schemas.TryGetProperty("google.rpc.BadRequest", out _));
        Assert.True(schemas.TryGetProperty("google.rpc.PreconditionFailure", out _));
        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer").GetProperty("scheme").GetString());
    }

    private static IEnumerable<string> Problems(string path, string verb, JsonElement operation)
    {
        var sample = operation.TryGetProperty("x-codeSamples", out var samples) ? samples[0].GetProperty("source").GetString()! : "";
        if (!sample.Contains($"-X {verb.ToUpperInvariant()} \"$GATEWAY{path.Split('{')[0]}", StringComparison.Ordinal)
            || !sample.Contains("authorization: Bearer $TOKEN", StringComparison.Ordinal))
            yield return "no curl example of this path: " + sample;
        if (!operation.TryGetProperty("x-required-scope", out var scope) || !Regex.IsMatch(scope.GetString()!, @"^[a-z]+\.(read|write)$"))
            yield return "no scope";
        if (!operation.TryGetProperty("security", out var security) || security[0].EnumerateObject().Single().Name != "bearer")
            yield return "no bearer requirement";
        foreach (var status in new[] { "400", "401", "403", "404", "412", "429" })
        {
            if (!operation.GetProperty("responses").TryGetProperty(status, out var response)
                || response.GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString() != "#/components/schemas/google.rpc.Status")
                yield return $"no google.rpc.Status for {status}";
        }
        if (operation.TryGetProperty("requestBody", out var body) && body.GetProperty("content").TryGetProperty("application/json", out _)
            && !sample.Contains(" -d '{", StringComparison.Ordinal))
            yield return "no example body";
    }

    [Fact]
    public async Task Descriptions_come_from_the_protos_comments()
    {
        var document = await DocumentAsync();
        var content = document.GetProperty("components").GetProperty("schemas").GetProperty("send.funding.v1.FrameworkContent");
        Assert.Contains("Mainstream schools meet this much", content.GetProperty("properties").GetProperty("mainstreamThresholdPence").GetProperty("description").GetString());
        var get = document.GetProperty("paths").EnumerateObject().Single(p => p.Name == "/v1/funding/frameworks/{financialYear}").Value.GetProperty("get");
        Assert.Equal("GetFramework", get.GetProperty("summary").GetString());
        Assert.Equal("send.funding.v1.FundingFrameworks.GetFramework", get.GetProperty("operationId").GetString());
        Assert.StartsWith("The framework in force for a financial year", get.GetProperty("description").GetString());
        Assert.Equal("funding.read", get.GetProperty("x-required-scope").GetString());
    }

    [Fact]
    public async Task Every_example_read_is_a_valid_request_through_the_gateway()
    {
        var document = await DocumentAsync();
        using var dfe = platform.Gateway.CreateClient();
        using var la = platform.Gateway.CreateClient();
        dfe.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.For(TestOrganisation.Dfe));
        la.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.For(TestOrganisation.La("931")));
        var invalid = new List<string>();
        foreach (var (_, verb, operation) in Operations(document).Where(o => o.Verb == "get"))
        {
            var sample = operation.GetProperty("x-codeSamples")[0].GetProperty("source").GetString()!;
            var path = Regex.Match(sample, "\"\\$GATEWAY([^\"]+)\"").Groups[1].Value;
            // DfE holds no EHC scope; an LA cannot read the dashboard's national figures unsuppressed, but may call it.
            var client = operation.GetProperty("x-required-scope").GetString()!.StartsWith("ehcp", StringComparison.Ordinal) ? la : dfe;
            using var response = await client.GetAsync(path);
            if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.InternalServerError or HttpStatusCode.Unauthorized)
                invalid.Add($"{verb} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        Assert.True(invalid.Count == 0, string.Join("\n", invalid));
    }

    [Fact]
    public async Task The_docs_page_is_public_and_serves_its_own_script()
    {
        using var client = platform.Gateway.CreateClient();
        using var page = await client.GetAsync("/docs/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        // Relative to the site (Scalar resolves it against the page's base), so it holds behind any host name.
        Assert.Contains("\"url\":\"openapi/v1.json\"", html);
        var script = Regex.Match(html, "src=\"([^\"]*scalar[^\"]*\\.js)\"").Groups[1].Value;
        Assert.NotEmpty(script);
        Assert.DoesNotContain("://", script);
        using var js = await client.GetAsync(new Uri(new Uri(client.BaseAddress!, "/docs/"), script));
        Assert.Equal(HttpStatusCode.OK, js.StatusCode);
    }

    [Fact]
    public async Task Reflection_lists_every_service_to_a_partner_and_refuses_a_caller_without_a_partner_token()
    {
        var names = await ListServicesAsync(Caller.CurrentSchool);
        Assert.Superset(ContractDescriptors.Services.Select(s => s.FullName).ToHashSet(), names.ToHashSet());

        var refused = await Assert.ThrowsAsync<RpcException>(() => ListServicesAsync(Caller.NoToken));
        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
        // A platform service's token is for calls inside the platform: the gateway's partner policy refuses it here too.
        var service = await Assert.ThrowsAsync<RpcException>(() => ListServicesAsync(Caller.PlatformService));
        Assert.Equal(StatusCode.PermissionDenied, service.StatusCode);
    }

    [Fact]
    public async Task Reflection_describes_a_service_s_file_so_a_client_can_build_calls_in_the_older_protocol_too()
    {
        var reflection = new V1Alpha.ServerReflection.ServerReflectionClient(platform.Grpc(Caller.OwningLa));
        using var call = reflection.ServerReflectionInfo();
        await call.RequestStream.WriteAsync(new V1Alpha.ServerReflectionRequest { FileContainingSymbol = "send.ehcp.v1.EhcCases" });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        var files = call.ResponseStream.Current.FileDescriptorResponse.FileDescriptorProto
            .Select(b => Google.Protobuf.Reflection.FileDescriptorProto.Parser.ParseFrom(b)).ToList();
        var cases = files.Single(f => f.Name == "send/ehcp/v1/cases.proto");
        Assert.Contains(cases.Service.Single().Method, m => m.Name == "RequestAssessment");
    }

    private async Task<IReadOnlyList<string>> ListServicesAsync(Caller caller)
    {
        var reflection = new ServerReflection.ServerReflectionClient(platform.Grpc(caller));
        using var call = reflection.ServerReflectionInfo();
        try
        {
            await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
            await call.RequestStream.CompleteAsync();
        }
        catch (Exception e) when (e is InvalidOperationException or RpcException { StatusCode: StatusCode.Cancelled })
        {
            // A refusal can end the call before the request is written or while it is being flushed (then the write
            // reports Cancelled, 23 times in 600 here); the call's own status is read from the response below.
        }
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        return [.. call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name)];
    }
}
