using System.Security.Claims;
using Microsoft.Extensions.Configuration;
using SendPlatform.SharedKernel.Errors;
using SendPlatform.ServiceDefaults.Identity;

namespace SendPlatform.ServiceDefaults.Tests;

public sealed class IdentityTests
{
    private static ClaimsPrincipal Principal(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), authenticationType: "Bearer"));

    [Fact]
    public void A_caller_is_read_from_the_token_claims_with_scopes_split()
    {
        var caller = CallerOrganisation.FromPrincipal(Principal(("org_type", "la"), ("org_id", "la-931"), ("la_code", "931"), ("scope", "movements.read plans.write")));
        Assert.NotNull(caller);
        Assert.Equal((OrganisationType.La, "la-931", "931"), (caller.Type, caller.OrgId, caller.LaCode));
        Assert.Equal(["movements.read", "plans.write"], caller.Scopes.Order());
    }

    [Fact]
    public void Callers_whose_tokens_carry_the_same_scopes_share_one_set_and_a_token_with_several_scope_claims_holds_them_all()
    {
        var first = CallerOrganisation.FromPrincipal(Principal(("org_type", "school"), ("org_id", "100000"), ("scope", "ehcp.read  ehcp.write")))!;
        var second = CallerOrganisation.FromPrincipal(Principal(("org_type", "school"), ("org_id", "100001"), ("scope", "ehcp.read  ehcp.write")))!;
        Assert.Same(first.Scopes, second.Scopes);
        Assert.Equal(["ehcp.read", "ehcp.write"], first.Scopes.Order());

        var several = CallerOrganisation.FromPrincipal(Principal(("org_type", "dfe"), ("org_id", "dfe"), ("scope", "standards.read"), ("scope", "standards.write funding.read")))!;
        Assert.Equal(["funding.read", "standards.read", "standards.write"], several.Scopes.Order());
        Assert.Empty(CallerOrganisation.FromPrincipal(Principal(("org_type", "dfe"), ("org_id", "dfe")))!.Scopes);
    }

    [Fact]
    public void Scope_values_past_the_capacity_are_still_read_whole_but_not_remembered()
    {
        var sets = new ScopeSets(capacity: 2);
        var first = sets.Of("movements.read");
        var second = sets.Of("plans.read plans.write");
        var past = sets.Of("ehcp.read ehcp.write");

        Assert.Same(first, sets.Of("movements.read"));
        Assert.Same(second, sets.Of("plans.read plans.write"));
        Assert.Equal(["ehcp.read", "ehcp.write"], past.Order());
        Assert.Equal(["ehcp.read", "ehcp.write"], sets.Of("ehcp.read ehcp.write").Order());
        Assert.NotSame(past, sets.Of("ehcp.read ehcp.write"));
    }

    [Fact]
    public void The_first_claim_of_each_kind_names_the_caller()
    {
        var caller = CallerOrganisation.FromPrincipal(Principal(("org_type", "la"), ("org_id", "la-931"), ("la_code", "931"), ("org_type", "dfe"), ("org_id", "dfe"), ("la_code", "201")))!;
        Assert.Equal((OrganisationType.La, "la-931", "931"), (caller.Type, caller.OrgId, caller.LaCode));
    }

    [Fact]
    public void A_token_without_a_known_org_type_an_org_id_or_an_LAs_area_names_no_caller()
    {
        Assert.Null(CallerOrganisation.FromPrincipal(Principal(("org_type", "bank"), ("org_id", "x"))));
        Assert.Null(CallerOrganisation.FromPrincipal(Principal(("org_type", "dfe"))));
        Assert.Null(CallerOrganisation.FromPrincipal(Principal(("org_type", "la"), ("org_id", "la-931"))));
        Assert.Null(CallerOrganisation.FromPrincipal(new ClaimsPrincipal(new ClaimsIdentity())));
    }

    [Fact]
    public void Require_refuses_another_organisation_type_naming_the_one_needed()
    {
        var school = new CallerOrganisation(OrganisationType.School, "100000", null, new HashSet<string>());
        var error = Assert.Throws<PermissionDeniedException>(() => school.Require(OrganisationType.Dfe, "publish standards"));
        Assert.Equal("Only an organisation of type 'dfe' may publish standards.", error.Message);
    }

    private static IConfiguration Config(params (string, string)[] pairs) =>
        new ConfigurationBuilder().AddInMemoryCollection(pairs.ToDictionary(p => p.Item1, p => (string?)p.Item2)).Build();

    private static readonly string DevelopmentKey = new('k', 32);

    [Fact]
    public void Token_settings_need_an_authority_or_a_long_enough_signing_key()
    {
        Assert.Throws<InvalidOperationException>(() => TokenSettings.From(Config(), isDevelopment: true));
        Assert.Throws<InvalidOperationException>(() => TokenSettings.From(Config(("Auth:SigningKey", "short")), isDevelopment: true));
        Assert.NotNull(TokenSettings.From(Config(("Auth:SigningKey", DevelopmentKey)), isDevelopment: true).SymmetricKey);
        Assert.Null(TokenSettings.From(Config(("Auth:Authority", "https://login.example")), isDevelopment: false).SymmetricKey);
    }

    [Fact]
    public void A_shared_signing_key_is_refused_outside_Development_and_beside_an_authority()
    {
        var outside = Assert.Throws<InvalidOperationException>(() => TokenSettings.From(Config(("Auth:SigningKey", DevelopmentKey)), isDevelopment: false));
        Assert.Contains("refused outside Development", outside.Message);
        Assert.Throws<InvalidOperationException>(() =>
            TokenSettings.From(Config(("Auth:SigningKey", DevelopmentKey), ("Auth:Authority", "https://login.example")), isDevelopment: true));
    }

    [Fact]
    public void An_authority_is_trusted_for_asymmetric_signatures_only_and_the_development_key_for_HS256_only()
    {
        Assert.Equal(["RS256", "PS256", "ES256"], TokenSettings.From(Config(("Auth:Authority", "https://login.example")), isDevelopment: false).ValidAlgorithms);
        Assert.Equal(["HS256"], TokenSettings.From(Config(("Auth:SigningKey", DevelopmentKey)), isDevelopment: true).ValidAlgorithms);
    }
}
