using System.Net;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SendPlatform.ServiceDefaults.Identity;

namespace SendPlatform.ServiceDefaults.Tests;

public sealed class ServiceTokenSourceTests
{
    private static readonly TokenSettings DevSettings = new("send-platform", "send-platform", null, new string('k', 48));

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    /// <summary>An OIDC authority's discovery and token endpoints, recording what the client sent.</summary>
    private sealed class Authority : HttpMessageHandler, IHttpClientFactory
    {
        public List<string> TokenRequests { get; } = [];
        public HttpClient CreateClient(string name) => new(this, disposeHandler: false);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var json = request.RequestUri!.AbsolutePath switch
            {
                "/.well-known/openid-configuration" => """
                    {"issuer":"https://login.example","jwks_uri":"https://login.example/keys","token_endpoint":"https://login.example/token"}
                    """,
                "/keys" => """{"keys":[]}""",
                "/token" => await TokenAsync(request, cancellationToken),
                _ => null,
            };
            return json is null
                ? new HttpResponseMessage(HttpStatusCode.NotFound)
                : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        }

        private async Task<string> TokenAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            TokenRequests.Add(request.Headers.Authorization + " " + await request.Content!.ReadAsStringAsync(cancellationToken));
            return $$"""{"access_token":"issued-{{TokenRequests.Count}}","token_type":"Bearer","expires_in":300}""";
        }
    }

    [Fact]
    public async Task Without_an_authority_the_token_is_signed_with_the_shared_key_and_names_the_service()
    {
        var source = new ServiceTokenSource(DevSettings, "ap-commissioning", new Authority(), TimeProvider.System);
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(await source.TokenAsync(CancellationToken.None), new TokenValidationParameters
        {
            ValidIssuer = DevSettings.Issuer,
            ValidAudience = DevSettings.Audience,
            IssuerSigningKey = DevSettings.SymmetricKey,
        });
        Assert.True(result.IsValid, result.Exception?.Message);
        Assert.Equal("service", result.Claims["org_type"]);
        Assert.Equal("ap-commissioning", result.Claims["org_id"]);
        Assert.False(result.Claims.ContainsKey("la_code"));
    }

    [Fact]
    public async Task A_token_is_reused_until_a_minute_before_it_expires()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
        var source = new ServiceTokenSource(DevSettings, "ap-commissioning", new Authority(), clock);
        var first = await source.TokenAsync(CancellationToken.None);
        clock.Now = clock.Now.AddMinutes(8).AddSeconds(59);
        Assert.Equal(first, await source.TokenAsync(CancellationToken.None));
        clock.Now = clock.Now.AddSeconds(1);
        Assert.NotEqual(first, await source.TokenAsync(CancellationToken.None));
    }

    [Fact]
    public async Task With_an_authority_it_asks_for_a_client_credentials_token_and_reuses_it()
    {
        var authority = new Authority();
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
        var settings = new TokenSettings("https://login.example", "send-platform", "https://login.example", null, "ap-commissioning", "s3cret", "send.platform");
        var source = new ServiceTokenSource(settings, "ap-commissioning", authority, clock);

        Assert.Equal("issued-1", await source.TokenAsync(CancellationToken.None));
        clock.Now = clock.Now.AddMinutes(3).AddSeconds(59);
        Assert.Equal("issued-1", await source.TokenAsync(CancellationToken.None));
        clock.Now = clock.Now.AddSeconds(1);
        Assert.Equal("issued-2", (await source.HeadersAsync(CancellationToken.None)).Single().Value.Replace("Bearer ", ""));

        var sent = authority.TokenRequests[0];
        Assert.Contains("grant_type=client_credentials", sent);
        Assert.Contains("scope=send.platform", sent);
        Assert.Contains(Convert.ToBase64String(Encoding.UTF8.GetBytes("ap-commissioning:s3cret")), sent);
    }

    [Fact]
    public async Task With_an_authority_but_no_client_registration_it_says_what_to_set()
    {
        var settings = new TokenSettings("https://login.example", "send-platform", "https://login.example", null);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new ServiceTokenSource(settings, "ap-commissioning", new Authority(), TimeProvider.System).TokenAsync(CancellationToken.None));
        Assert.Contains("Auth__ClientId", error.Message);
    }

    [Fact]
    public void A_service_is_not_a_partner_and_dev_tokens_are_offered_for_partners_only()
    {
        Assert.True(PlatformClaims.TryParseOrgType("service", out var type));
        Assert.False(type.IsPartner());
        Assert.DoesNotContain("service", PlatformClaims.PartnerOrgTypeNames);
        Assert.Equal(["ap_provider", "dfe", "la", "school"], PlatformClaims.PartnerOrgTypeNames.Order());
    }
}
