using System.Net;
using SendPlatform.EhcAssessments.Api;
using SendPlatform.NationalStandards.Api;
using SendPlatform.TestKit;

namespace SendPlatform.EhcAssessments.Tests.Api;

/// <summary>
/// ehc-assessments with a real national-standards on a real socket, whose template checker every plan goes through,
/// with standards 2026.1 in force (mainstream and state special schools meet autism).
/// </summary>
public sealed class EhcService() : ServiceUnderTest<CasesApi>("ehcdb")
{
    private ServiceFactory<StandardsSetsApi> _standards = null!;

    protected override async Task ConfigureAsync(ServiceFactory<CasesApi> factory, PlatformInfrastructure infrastructure)
    {
        _standards = new ServiceFactory<StandardsSetsApi>(infrastructure, "standardsdb", MessagingConnectionString);
        factory.Settings["services:national-standards:http:0"] = _standards.StartOnSocket();
        // The tests run the overdue sweep themselves, at the instants they choose.
        factory.Settings["Overdue:ScheduleEnabled"] = "false";

        var dfe = _standards.RestAs(TestOrganisation.Dfe);
        dfe.DefaultRequestVersion = HttpVersion.Version20;
        dfe.DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact;
        var (status, body) = await dfe.SendAsync(HttpMethod.Post, "/v1/standards/sets", StandardsSetJson.Publishable("2026.1", "IDN-01"));
        if (status != HttpStatusCode.OK) throw new InvalidOperationException($"standards: {status} {body}");
        (status, body) = await dfe.SendAsync(HttpMethod.Post, "/v1/standards/sets/2026.1:publish", "{}");
        if (status != HttpStatusCode.OK) throw new InvalidOperationException($"publish: {status} {body}");
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _standards.DisposeAsync();
    }
}
