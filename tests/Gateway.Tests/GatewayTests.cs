using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Microsoft.Extensions.DependencyInjection;
using SendPlatform.Contracts.Standards.V1;
using SendPlatform.TestKit;

namespace SendPlatform.Gateway.Tests;

public sealed class GatewayTests(PlatformThroughGateway platform) : IClassFixture<PlatformThroughGateway>
{
    private HttpClient Rest(string? token = null)
    {
        var client = platform.Gateway.CreateClient();
        if (token is not null) client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    private ReferenceData.ReferenceDataClient Grpc(string? token)
    {
        var channel = GrpcChannel.ForAddress(platform.Gateway.Server.BaseAddress, new GrpcChannelOptions { HttpHandler = platform.Gateway.Server.CreateHandler() });
        var invoker = token is null ? channel.CreateCallInvoker() : channel.Intercept(m => { m.Add("authorization", "Bearer " + token); return m; });
        return new ReferenceData.ReferenceDataClient(invoker);
    }

    private async Task<string> DevTokenAsync(object request)
    {
        var response = await Rest().PostAsJsonAsync("/dev/token", request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }

    [Fact]
    public async Task A_REST_call_with_a_dev_token_reaches_the_service()
    {
        var token = await DevTokenAsync(new { org_type = "la", org_id = "la-931", la_code = "931" });
        var response = await Rest(token).GetAsync("/v1/reference/local-authorities/931");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Oxfordshire", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("/v1/reference/need-types")]
    [InlineData("/v1/standards/current")]
    [InlineData("/v1/standards/sets")]
    public async Task A_REST_call_without_a_token_is_refused_at_the_gateway(string path)
    {
        var response = await Rest().GetAsync(path);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(16, error.GetProperty("code").GetInt32());
        Assert.Contains("bearer token", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task The_gateways_own_refusals_reach_a_gRPC_caller_as_its_status_over_HTTP_200()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/send.standards.v1.ReferenceData/ValidateUpn")
        {
            Version = HttpVersion.Version20, VersionPolicy = HttpVersionPolicy.RequestVersionExact, Content = new ByteArrayContent([0, 0, 0, 0, 0]),
        };
        request.Content.Headers.ContentType = new("application/grpc");
        using var response = await platform.Gateway.CreateClient().SendAsync(request);
        Assert.Equal((HttpStatusCode.OK, "16"), (response.StatusCode, response.Headers.GetValues("grpc-status").Single()));
    }

    [Fact]
    public async Task A_path_and_query_past_8_KiB_is_refused_at_the_gateway_in_the_error_shape()
    {
        var response = await Rest(TestTokens.For(TestOrganisation.Dfe)).GetAsync("/v1/reference/local-authorities/931?x=" + new string('a', 9_000));
        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        Assert.Equal(3, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task A_token_from_another_issuer_or_expired_is_refused()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await Rest(TestTokens.For(TestOrganisation.Dfe, signingKey: new string('k', 48))).GetAsync("/v1/reference/need-types")).StatusCode);
        var expired = TestTokens.For(TestOrganisation.Dfe, expires: DateTimeOffset.UtcNow.AddMinutes(-2));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Rest(expired).GetAsync("/v1/reference/need-types")).StatusCode);
    }

    [Fact]
    public async Task A_gRPC_call_through_the_gateway_needs_a_token()
    {
        var reply = await Grpc(TestTokens.For(TestOrganisation.School("100000"))).ValidateUpnAsync(new ValidateUpnRequest { Upn = "B801200005001" });
        Assert.True(reply.Valid);

        var error = await Assert.ThrowsAsync<RpcException>(() => Grpc(null).ValidateUpnAsync(new ValidateUpnRequest { Upn = "B801200005001" }).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        // The audit trail has the gRPC status of each: from the reply's trailers, and from the refusal's headers.
        await Eventually.Get(() => Task.FromResult(platform.Gateway.AuditLines), lines =>
            lines.Any(l => l.StartsWith("audit route=standards-referencedata-grpc ") && l.Contains(" outcome=allowed status=200 grpc_status=0 org_type=school org_id=100000 "))
            && lines.Any(l => l.StartsWith("audit route=standards-referencedata-grpc ") && l.Contains(" outcome=unauthenticated status=200 grpc_status=16 org_type=anonymous ")),
            "the calls' audit lines");
    }

    [Fact]
    public async Task Service_errors_pass_through_the_gateway_with_their_detail()
    {
        var token = TestTokens.For(TestOrganisation.Dfe);
        var response = await Rest(token).GetAsync("/v1/reference/local-authorities/9x9");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("la_code", await response.Content.ReadAsStringAsync());

        var forbidden = await Rest(TestTokens.For(TestOrganisation.La("931"))).PostAsync("/v1/standards/sets",
            new StringContent("""{"version":"2060.1","content":{"title":"t"}}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Fact]
    public async Task Bad_dev_token_requests_are_400_naming_the_fields()
    {
        var response = await Rest().PostAsJsonAsync("/dev/token", new { org_type = "bank", la_code = "000", lifetime_minutes = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fields = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("details")[0].GetProperty("fieldViolations")
            .EnumerateArray().Select(v => v.GetProperty("field").GetString()).ToList();
        Assert.Equal(["org_type", "org_id", "la_code", "lifetime_minutes"], fields);
    }

    [Fact]
    public async Task A_platform_service_token_is_refused_at_the_gateway_and_never_issued_by_it()
    {
        var service = TestTokens.For(new TestOrganisation("service", "ap-commissioning"));
        var refused = await Rest(service).GetAsync("/v1/reference/need-types");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(7, (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetInt32());
        var error = await Assert.ThrowsAsync<RpcException>(() => Grpc(service).ValidateUpnAsync(new ValidateUpnRequest { Upn = "B801200005001" }).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);

        var response = await Rest().PostAsJsonAsync("/dev/token", new { org_type = "service", org_id = "ap-commissioning" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("org_type", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_local_authority_token_needs_its_la_code()
    {
        var response = await Rest().PostAsJsonAsync("/dev/token", new { org_type = "la", org_id = "la-x" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("la_code", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Outside_Development_there_is_no_dev_token_endpoint()
    {
        await using var production = platform.NewGateway("Production");
        var response = await production.CreateClient().PostAsJsonAsync("/dev/token", new { org_type = "dfe", org_id = "dfe" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_dev_token_endpoint_needs_DevTokens_Enabled_and_answers_only_callers_on_this_machine()
    {
        var request = new { org_type = "dfe", org_id = "dfe" };
        await using var notEnabled = platform.NewGateway("Development", new Dictionary<string, string> { ["DevTokens:Enabled"] = "false" });
        Assert.Equal(HttpStatusCode.NotFound, (await notEnabled.CreateClient().PostAsJsonAsync("/dev/token", request)).StatusCode);
        await using var remote = platform.NewGateway("Development", callerAddress: IPAddress.Parse("203.0.113.7"));
        Assert.Equal(HttpStatusCode.NotFound, (await remote.CreateClient().PostAsJsonAsync("/dev/token", request)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Rest().PostAsJsonAsync("/dev/token", request)).StatusCode);
    }

    [Fact]
    public async Task A_dev_token_carries_its_organisation_types_scopes_and_may_only_narrow_them()
    {
        var token = await DevTokenAsync(new { org_type = "school", org_id = "100000" });
        var scope = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(token).GetClaim("scope").Value.Split(' ');
        Assert.Contains("movements.write", scope);
        Assert.DoesNotContain("standards.write", scope);
        var narrowed = await DevTokenAsync(new { org_type = "school", org_id = "100000", scopes = new[] { "standards.read" } });
        Assert.Equal("standards.read", new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(narrowed).GetClaim("scope").Value);
        var widened = await Rest().PostAsJsonAsync("/dev/token", new { org_type = "school", org_id = "100000", scopes = new[] { "standards.write" } });
        Assert.Equal(HttpStatusCode.BadRequest, widened.StatusCode);
        Assert.Contains("scopes", await widened.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_token_signed_with_another_algorithm_another_key_or_none_is_refused()
    {
        var claims = new Dictionary<string, object> { ["org_type"] = "dfe", ["org_id"] = "dfe" };
        var hs512 = new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(new Microsoft.IdentityModel.Tokens.SecurityTokenDescriptor
        {
            Issuer = TestTokens.Issuer, Audience = TestTokens.Audience, Claims = claims, Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new(new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(System.Text.Encoding.UTF8.GetBytes(TestTokens.SigningKey)),
                Microsoft.IdentityModel.Tokens.SecurityAlgorithms.HmacSha512),
        });
        Assert.Equal(HttpStatusCode.Unauthorized, (await Rest(hs512).GetAsync("/v1/reference/local-authorities/931")).StatusCode);
        var forged = TestTokens.For(TestOrganisation.Dfe, signingKey: Convert.ToBase64String(new byte[48]));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Rest(forged).GetAsync("/v1/reference/local-authorities/931")).StatusCode);
        var unsigned = new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(
            $$"""{"iss":"{{TestTokens.Issuer}}","aud":"{{TestTokens.Audience}}","org_type":"dfe","org_id":"dfe","exp":{{DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds()}}}""");
        Assert.Equal(HttpStatusCode.Unauthorized, (await Rest(unsigned).GetAsync("/v1/reference/local-authorities/931")).StatusCode);
    }

    [Fact]
    public async Task The_audit_line_names_the_route_organisation_client_and_trace_but_not_the_path()
    {
        var token = TestTokens.For(TestOrganisation.La("931"));
        await Rest(token).GetAsync("/v1/reference/local-authorities/931");
        var line = await Eventually.Get(() => Task.FromResult(platform.Gateway.AuditLines.FirstOrDefault(l =>
                l.StartsWith("audit route=standards-reference-rest") && l.Contains("org_id=la-931 ") && l.Contains("outcome=allowed"))),
            found => found is not null, "the audit line of the call");
        Assert.StartsWith("audit route=standards-reference-rest template=/v1/reference/{**rest} method=GET outcome=allowed status=200 grpc_status=- org_type=la org_id=la-931 sub=la-931 client_ip=127.0.0.1 trace_id=", line);
        Assert.Matches("trace_id=[0-9a-f]{32} ", line);
        Assert.Matches(" at=[0-9-]{10}T[0-9:.]+\\+00:00$", line);
        Assert.DoesNotContain(platform.Gateway.Logs.Concat(platform.Gateway.AuditLines), l => l.Contains("/v1/reference/local-authorities/931"));
    }

    [Fact]
    public async Task Refusals_are_audited_too()
    {
        await Rest().GetAsync("/v1/reference/local-authorities/932");
        await Rest(TestTokens.For(new TestOrganisation("service", "ap-commissioning"))).GetAsync("/v1/reference/local-authorities/933");
        await Rest(TestTokens.For(TestOrganisation.La("931"))).GetAsync("/v1/no-such-route/H801200001001");
        bool Audited(string start) => platform.Gateway.AuditLines.Any(l => l.StartsWith(start));
        await Eventually.Get(() => Task.FromResult(
            Audited("audit route=standards-reference-rest template=/v1/reference/{**rest} method=GET outcome=unauthenticated status=401 grpc_status=- org_type=anonymous org_id=- sub=- client_ip=127.0.0.1")
            && Audited("audit route=standards-reference-rest template=/v1/reference/{**rest} method=GET outcome=denied status=403 grpc_status=- org_type=service org_id=ap-commissioning")
            && Audited("audit route=unmatched template=- method=GET outcome=not_found status=404")), found => found, "the refusals' audit lines");
        Assert.DoesNotContain(platform.Gateway.Logs.Concat(platform.Gateway.AuditLines), l => l.Contains("H801200001001") || l.Contains("/local-authorities/93"));
    }

    [Fact]
    public async Task Each_organisation_has_its_own_rate_limit()
    {
        await using var limited = platform.NewGateway("Development", new Dictionary<string, string>
        {
            ["RateLimits:TokensPerSecond"] = "1",
            ["RateLimits:Burst"] = "2",
        });
        var busy = limited.CreateClient();
        busy.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.For(TestOrganisation.La("931")));
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 10; i++) answers.Add(await busy.GetAsync("/v1/reference/need-types"));
        var tooMany = answers.First(a => a.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.Equal(8, (await tooMany.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetInt32());

        var other = limited.CreateClient();
        other.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.For(TestOrganisation.La("201")));
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/v1/reference/need-types")).StatusCode);
        // Identity is the pair (type, id): a school whose id is the LA's is another caller with its own bucket.
        var sameId = limited.CreateClient();
        sameId.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.For(TestOrganisation.School("la-931")));
        Assert.Equal(HttpStatusCode.OK, (await sameId.GetAsync("/v1/reference/need-types")).StatusCode);
        await Eventually.Get(() => Task.FromResult(limited.AuditLines.Count(l => l.StartsWith("audit route=standards-reference-rest") && l.Contains("outcome=rate_limited status=429"))),
            count => count == answers.Count(a => a.StatusCode == HttpStatusCode.TooManyRequests), "an audit line for each refusal");
    }

    [Fact]
    public void Every_route_requires_the_partner_policy_and_a_rate_limit_but_the_dashboards_pages_which_keep_their_own_session()
    {
        var routes = platform.Gateway.Services.GetRequiredService<Yarp.ReverseProxy.IProxyStateLookup>().GetRoutes().ToList();
        Assert.Equal(43, routes.Count);
        var pages = Assert.Single(routes, r => r.Config.AuthorizationPolicy != "partner");
        Assert.Equal(("dashboard-pages", "/dashboard/{**rest}", "anonymous"), (pages.Config.RouteId, pages.Config.Match.Path, pages.Config.AuthorizationPolicy));
        Assert.All(routes, r => Assert.Equal("per-organisation", r.Config.RateLimiterPolicy));
    }

    [Fact]
    public void Only_the_page_routes_may_keep_a_session_of_their_own()
    {
        using var opened = platform.NewGateway("Development", new Dictionary<string, string>
        {
            ["ReverseProxy:Routes:standards-reference-rest:Metadata:Authentication"] = "service-session",
        });
        var error = Assert.ThrowsAny<Exception>(() => opened.CreateClient());
        Assert.Contains("only the page routes /dashboard/{**rest} keep a session of their own", error.ToString());
    }

    [Fact]
    public void A_route_that_names_its_own_policy_stops_the_gateway()
    {
        using var opened = platform.NewGateway("Development", new Dictionary<string, string>
        {
            ["ReverseProxy:Routes:standards-reference-rest:AuthorizationPolicy"] = "anonymous",
        });
        var error = Assert.ThrowsAny<Exception>(() => opened.CreateClient());
        Assert.Contains("names its own authorization or rate limit policy", error.ToString());
    }
}
