using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SendPlatform.ServiceDefaults.Identity;

namespace SendPlatform.ServiceDefaults.Tests;

/// <summary>
/// A token validated once is answered from that validation for a short while, and never beyond what validating it
/// again would answer: not past its expiry, not after its key has gone, never for a token that failed. A fresh
/// validation parses the token into a new object, so the same object coming back shows the answer was remembered.
/// </summary>
public sealed class ValidatedTokensTests
{
    private static readonly TokenSettings Development = new("send-platform", "send-platform", null, new string('k', 32));
    private static readonly SecurityKey DevelopmentKey = Development.SymmetricKey!;

    /// <summary>A development token, as the gateway's /dev/token issues it, with the given time left.</summary>
    private static string Token(TimeSpan left, string orgId = "la-931") =>
        PlatformTokens.Issue(Development, OrganisationType.La, orgId, "931", [], DateTimeOffset.UtcNow + left - TimeSpan.FromHours(1), TimeSpan.FromHours(1));

    /// <summary>A token signed as an OIDC authority signs: RS256, with the authority's key.</summary>
    private static string AuthorityToken(SecurityKey key) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "send-platform",
            Audience = "send-platform",
            Claims = new Dictionary<string, object> { ["org_type"] = "la", ["org_id"] = "la-931", ["la_code"] = "931" },
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });

    private static TokenValidationParameters Parameters(SecurityKey? key = null, BaseConfigurationManager? authority = null) => new()
    {
        ValidIssuer = "send-platform",
        ValidAudience = "send-platform",
        IssuerSigningKey = key,
        ConfigurationManager = authority,
        ClockSkew = TimeSpan.Zero,
        NameClaimType = PlatformClaims.OrgId,
    };

    /// <summary>An OIDC authority's current configuration, as the bearer handler hands it to the token handler.</summary>
    private sealed class Authority(params SecurityKey[] keys) : BaseConfigurationManager
    {
        private readonly Configuration current = new(keys);
        public override Task<BaseConfiguration> GetBaseConfigurationAsync(CancellationToken cancel) => Task.FromResult<BaseConfiguration>(current);
        public override void RequestRefresh() { }

        private sealed class Configuration : BaseConfiguration
        {
            public Configuration(SecurityKey[] keys)
            {
                Issuer = "send-platform";
                foreach (var key in keys) SigningKeys.Add(key);
            }
        }
    }

    private static FakeTimeProvider Clock() => new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task A_token_seen_again_is_answered_from_its_validation_with_an_identity_of_its_own()
    {
        var tokens = new ValidatedTokens(Clock());
        var token = Token(TimeSpan.FromHours(1));

        var first = await tokens.ValidateTokenAsync(token, Parameters(DevelopmentKey));
        var second = await tokens.ValidateTokenAsync(token, Parameters(DevelopmentKey));

        Assert.True(first.IsValid);
        Assert.True(second.IsValid);
        Assert.Same(first.SecurityToken, second.SecurityToken);
        Assert.Equal("la-931", second.ClaimsIdentity.Name);
        Assert.Equal(first.Issuer, second.Issuer);
        Assert.Equal(first.ClaimsIdentity.GetType(), second.ClaimsIdentity.GetType());
        Assert.Equal(first.ClaimsIdentity.Claims.Select(c => (c.Type, c.Value)), second.ClaimsIdentity.Claims.Select(c => (c.Type, c.Value)));
        // What one call does to its identity never reaches the next.
        Assert.NotSame(first.ClaimsIdentity, second.ClaimsIdentity);
        second.ClaimsIdentity.AddClaim(new Claim("scope", "everything"));
        var third = await tokens.ValidateTokenAsync(token, Parameters(DevelopmentKey));
        Assert.Empty(third.ClaimsIdentity.FindAll("scope"));

        var other = await tokens.ValidateTokenAsync(Token(TimeSpan.FromHours(1), "la-932"), Parameters(DevelopmentKey));
        Assert.Equal("la-932", other.ClaimsIdentity.Name);
    }

    /// <summary>
    /// Through the bearer handler itself, as the gateway and the services run it: the handler hands each request its
    /// own copy of the validation parameters, and a token's second request is still answered from its first.
    /// </summary>
    [Fact]
    public async Task The_gateway_and_every_service_validate_bearer_tokens_through_it()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Development });
        builder.Configuration["Auth:SigningKey"] = new string('k', 32);
        builder.AddPlatformAuthentication();
        var validated = new List<SecurityToken>();
        builder.Services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o => o.Events = new JwtBearerEvents
        {
            OnTokenValidated = context => { validated.Add(context.SecurityToken); return Task.CompletedTask; },
        });
        using var services = builder.Services.BuildServiceProvider();

        var handlers = services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme).TokenHandlers;
        Assert.Same(services.GetRequiredService<ValidatedTokens>(), Assert.Single(handlers));

        var token = PlatformTokens.Issue(services.GetRequiredService<TokenSettings>(), OrganisationType.La, "la-931", "931", [], DateTimeOffset.UtcNow, TimeSpan.FromHours(1));
        foreach (var bearer in new[] { token, token, "not-a-token" })
        {
            using var scope = services.CreateScope();
            var request = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
            request.Request.Headers.Authorization = $"Bearer {bearer}";
            var result = await request.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
            Assert.Equal(bearer == token, result.Succeeded);
            if (result.Succeeded) Assert.Equal("la-931", result.Principal!.Identity!.Name);
        }
        Assert.Equal(2, validated.Count);
        Assert.Same(validated[0], validated[1]);
    }

    /// <summary>The token is special-category access: once validated, no copy of it stays on the request.</summary>
    [Fact]
    public async Task An_authenticated_request_keeps_no_copy_of_its_bearer_token()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Development });
        builder.Configuration["Auth:SigningKey"] = new string('k', 32);
        builder.AddPlatformAuthentication();
        using var services = builder.Services.BuildServiceProvider();
        var token = PlatformTokens.Issue(services.GetRequiredService<TokenSettings>(), OrganisationType.School, "100000", null, [], DateTimeOffset.UtcNow, TimeSpan.FromHours(1));
        using var scope = services.CreateScope();
        var request = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        request.Request.Headers.Authorization = $"Bearer {token}";

        var result = await request.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);

        Assert.True(result.Succeeded);
        Assert.Null(result.Properties!.GetTokenValue("access_token"));
        Assert.Empty(result.Properties.GetTokens());
    }

    [Fact]
    public async Task A_token_that_failed_is_checked_again_every_time()
    {
        var tokens = new ValidatedTokens(Clock());
        var otherKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(new string('o', 32)));
        var token = Token(TimeSpan.FromHours(1));

        Assert.False((await tokens.ValidateTokenAsync(token, Parameters(otherKey))).IsValid);
        Assert.True((await tokens.ValidateTokenAsync(token, Parameters(DevelopmentKey))).IsValid);

        var tampered = token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1];
        Assert.False((await tokens.ValidateTokenAsync(tampered, Parameters(DevelopmentKey))).IsValid);
        Assert.False((await tokens.ValidateTokenAsync(tampered, Parameters(DevelopmentKey))).IsValid);
        Assert.False((await tokens.ValidateTokenAsync("not-a-token", Parameters(DevelopmentKey))).IsValid);
        Assert.False((await tokens.ValidateTokenAsync("not-a-token", Parameters(DevelopmentKey))).IsValid);
    }

    [Fact]
    public async Task A_remembered_token_is_refused_at_the_first_call_after_its_key_leaves_the_authoritys_key_set()
    {
        var tokens = new ValidatedTokens(Clock());
        using var rsa = RSA.Create(2048);
        var signing = new RsaSecurityKey(rsa) { KeyId = "2026-11" };
        var token = AuthorityToken(signing);
        var before = new Authority(signing);

        var first = await tokens.ValidateTokenAsync(token, Parameters(authority: before));
        var again = await tokens.ValidateTokenAsync(token, Parameters(authority: before));
        Assert.True(again.IsValid);
        Assert.Same(first.SecurityToken, again.SecurityToken);

        using var next = RSA.Create(2048);
        var rotated = await tokens.ValidateTokenAsync(token, Parameters(authority: new Authority(new RsaSecurityKey(next) { KeyId = "2026-12" })));
        Assert.False(rotated.IsValid);
        Assert.False((await tokens.ValidateTokenAsync(token, Parameters(DevelopmentKey))).IsValid);
    }

    [Fact]
    public async Task A_remembered_token_is_validated_again_after_a_minute_and_never_used_past_its_expiry()
    {
        var clock = Clock();
        var tokens = new ValidatedTokens(clock);
        var token = Token(TimeSpan.FromHours(1));
        var first = await tokens.ValidateTokenAsync(token, Parameters(DevelopmentKey));

        clock.Advance(ValidatedTokens.MaxAge - TimeSpan.FromSeconds(1));
        Assert.Same(first.SecurityToken, (await tokens.ValidateTokenAsync(token, Parameters(DevelopmentKey))).SecurityToken);
        clock.Advance(TimeSpan.FromSeconds(2));
        var later = await tokens.ValidateTokenAsync(token, Parameters(DevelopmentKey));
        Assert.True(later.IsValid);
        Assert.NotSame(first.SecurityToken, later.SecurityToken);

        // A token with 20 seconds left is remembered for those 20 seconds only.
        clock = Clock();
        tokens = new ValidatedTokens(clock);
        var shortLived = Token(TimeSpan.FromSeconds(20));
        var seen = await tokens.ValidateTokenAsync(shortLived, Parameters(DevelopmentKey));
        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Same(seen.SecurityToken, (await tokens.ValidateTokenAsync(shortLived, Parameters(DevelopmentKey))).SecurityToken);
        clock.Advance(TimeSpan.FromSeconds(11));
        Assert.NotSame(seen.SecurityToken, (await tokens.ValidateTokenAsync(shortLived, Parameters(DevelopmentKey))).SecurityToken);
    }
}
