using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
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
        Assert.Equal(HttpStatusCode.Forbidden, (await Rest(service).GetAsync("/v1/reference/need-types")).StatusCode);
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
    public async Task The_audit_line_names_the_route_and_organisation_but_not_the_path()
    {
        var token = TestTokens.For(TestOrganisation.La("931"));
        await Rest(token).GetAsync("/v1/reference/local-authorities/931");
        await Eventually.Get(() => Task.FromResult(platform.Gateway.Logs.Any(l =>
                l.StartsWith("audit route=standards-reference-rest method=GET org_type=La org_id=la-931 status=200"))),
            found => found, "the audit line of the call");
        Assert.DoesNotContain(platform.Gateway.Logs, l => l.Contains("/v1/reference/local-authorities/931"));
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
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++) statuses.Add((await busy.GetAsync("/v1/reference/need-types")).StatusCode);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);

        var other = limited.CreateClient();
        other.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.For(TestOrganisation.La("201")));
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/v1/reference/need-types")).StatusCode);
    }

    [Fact]
    public void Every_configured_route_requires_the_partner_policy_and_a_rate_limit()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "gateway.appsettings.json")));
        var routes = config.RootElement.GetProperty("ReverseProxy").GetProperty("Routes").EnumerateObject().ToList();
        Assert.NotEmpty(routes);
        Assert.All(routes, r =>
        {
            Assert.Equal("partner", r.Value.GetProperty("AuthorizationPolicy").GetString());
            Assert.Equal("per-organisation", r.Value.GetProperty("RateLimiterPolicy").GetString());
        });
    }
}
