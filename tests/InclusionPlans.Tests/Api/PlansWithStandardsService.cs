using System.Net;
using SendPlatform.InclusionPlans.Api;
using SendPlatform.NationalStandards.Api;
using SendPlatform.TestKit;

namespace SendPlatform.InclusionPlans.Tests.Api;

/// <summary>
/// inclusion-plans with a real national-standards on a real socket and the same broker, as in production. National
/// standards 2026.1 are published with three standards: IDN-01, OAP-01 and AP-01.
/// </summary>
public sealed class PlansWithStandardsService() : ServiceUnderTest<PlansApi>("plansdb")
{
    private ServiceFactory<StandardsSetsApi> _standards = null!;

    protected override async Task ConfigureAsync(ServiceFactory<PlansApi> factory, PlatformInfrastructure infrastructure)
    {
        _standards = new ServiceFactory<StandardsSetsApi>(infrastructure, "standardsdb", MessagingConnectionString);
        factory.Settings["services:national-standards:http:0"] = _standards.StartOnSocket();
        await PublishStandardsAsync("2026.1", "IDN-01", "OAP-01", "AP-01");
    }

    /// <summary>DfE publishes a standards set through national-standards' own API.</summary>
    public async Task PublishStandardsAsync(string version, params string[] codes)
    {
        var dfe = _standards.RestAs(TestOrganisation.Dfe);
        dfe.DefaultRequestVersion = HttpVersion.Version20;
        dfe.DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact;
        var (status, body) = await dfe.SendAsync(HttpMethod.Post, "/v1/standards/sets", StandardsSetJson.Publishable(version, codes));
        if (status != HttpStatusCode.OK) throw new InvalidOperationException($"standards {version}: {status} {body}");
        (status, body) = await dfe.SendAsync(HttpMethod.Post, $"/v1/standards/sets/{version}:publish", "{}");
        if (status != HttpStatusCode.OK) throw new InvalidOperationException($"publish {version}: {status} {body}");
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _standards.DisposeAsync();
    }
}
