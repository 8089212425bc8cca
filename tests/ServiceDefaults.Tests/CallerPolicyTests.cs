using SendPlatform.SharedKernel.Errors;
using SendPlatform.ServiceDefaults.Identity;

namespace SendPlatform.ServiceDefaults.Tests;

public sealed class CallerPolicyTests
{
    [Fact]
    public void Every_RPC_of_the_contracts_declares_an_area_scope_and_only_pricing_and_provision_types_admit_platform_services()
    {
        Assert.Equal(92, CallerPolicy.Methods.Count);
        Assert.All(CallerPolicy.Methods, m =>
            Assert.Matches(@"^((standards|funding|movements|ap|inclusion|ehcp)\.(read|write)|dashboard\.read)$", m.Value.Scope));
        Assert.Equal(["/send.funding.v1.FundingPricing/PricePlacement", "/send.funding.v1.FundingPricing/PricePlaces", "/send.standards.v1.ReferenceData/ListProvisionTypes"],
            CallerPolicy.Methods.Where(m => m.Value.PlatformServices).Select(m => m.Key).Order(StringComparer.Ordinal));
        Assert.Equal("movements.write", CallerPolicy.Methods["/send.movements.v1.PupilMovements/RecordMovement"].Scope);
        Assert.Equal("movements.read", CallerPolicy.Methods["/send.movements.v1.PupilMovements/GetPupilTimeline"].Scope);
    }

    [Fact]
    public void Development_tokens_scopes_follow_the_organisation_type()
    {
        Assert.Contains("standards.write", PlatformScopes.For(OrganisationType.Dfe));
        Assert.DoesNotContain("standards.write", PlatformScopes.For(OrganisationType.La));
        Assert.DoesNotContain("ap.write", PlatformScopes.For(OrganisationType.School));
        Assert.Equal(["standards.read", "funding.read"], PlatformScopes.For(OrganisationType.Service));
        Assert.All([OrganisationType.Dfe, OrganisationType.La, OrganisationType.School, OrganisationType.ApProvider],
            type => Assert.Contains("dashboard.read", PlatformScopes.For(type)));
        Assert.DoesNotContain(PlatformScopes.For(OrganisationType.Dfe), s => s == "dashboard.write");
        // EHC cases are the LA's children's records, requested by settings; DfE sees them only as figures.
        Assert.DoesNotContain(PlatformScopes.For(OrganisationType.Dfe), s => s.StartsWith("ehcp.", StringComparison.Ordinal));
        Assert.All([OrganisationType.La, OrganisationType.School, OrganisationType.ApProvider],
            type => Assert.Contains("ehcp.write", PlatformScopes.For(type)));
    }

    [Fact]
    public void A_caller_without_the_scope_or_an_unadmitted_platform_service_is_refused()
    {
        var access = CallerPolicy.Methods["/send.funding.v1.FundingPricing/PricePlaces"];
        CallerPolicy.Require(new CallerOrganisation(OrganisationType.Service, "ap-commissioning", null, new HashSet<string> { "funding.read" }), access);
        Assert.Throws<PermissionDeniedException>(() =>
            CallerPolicy.Require(new CallerOrganisation(OrganisationType.La, "la-931", "931", new HashSet<string> { "funding.write" }), access));
        Assert.Throws<PermissionDeniedException>(() => CallerPolicy.Require(new CallerOrganisation(OrganisationType.Service, "ap-commissioning", null,
            new HashSet<string> { "funding.write" }), CallerPolicy.Methods["/send.funding.v1.FundingFrameworks/PublishFramework"]));
    }
}
