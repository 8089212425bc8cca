using System.Net;
using SendPlatform.TestKit;

namespace SendPlatform.NationalStandards.Tests.Api;

/// <summary>Each RPC's declared scope, and the platform-service allow-list, enforced by the service itself.</summary>
public sealed class CallerPolicyTests(StandardsService service) : IClassFixture<StandardsService>
{
    private static readonly TestOrganisation PlatformService = new("service", "ap-commissioning");

    [Fact]
    public async Task A_token_without_the_RPCs_scope_is_refused_and_with_it_allowed()
    {
        var withoutRead = service.Factory.RestAs(TestOrganisation.La("931"), scopes: ["movements.read"]);
        var (status, body) = await withoutRead.GetJsonAsync("/v1/reference/local-authorities/931");
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("standards.read", body.GetProperty("message").GetString());
        var withRead = service.Factory.RestAs(TestOrganisation.La("931"), scopes: ["standards.read"]);
        Assert.Equal(HttpStatusCode.OK, (await withRead.GetJsonAsync("/v1/reference/local-authorities/931")).Status);
        // Reading is not writing: DfE with only standards.read cannot draft a set.
        var dfeReader = service.Factory.RestAs(TestOrganisation.Dfe, scopes: ["standards.read"]);
        Assert.Equal(HttpStatusCode.Forbidden, (await dfeReader.PostJsonAsync("/v1/standards/sets", StandardsSetJson.Publishable("2090.1"))).Status);
    }

    [Fact]
    public async Task A_platform_service_reaches_only_the_RPCs_that_admit_one_whatever_its_scopes()
    {
        var platform = service.Factory.RestAs(PlatformService, scopes: ["standards.read", "standards.write"]);
        Assert.Equal(HttpStatusCode.OK, (await platform.GetJsonAsync("/v1/reference/provision-types")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await platform.GetJsonAsync("/v1/reference/local-authorities/931")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await platform.GetJsonAsync("/v1/standards/current")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await platform.PostJsonAsync("/v1/standards/sets", StandardsSetJson.Publishable("2091.1"))).Status);
    }
}
