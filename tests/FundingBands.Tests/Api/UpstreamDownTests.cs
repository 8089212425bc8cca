using System.Net;
using SendPlatform.TestKit.Servers;
using SendPlatform.FundingBands.Api;
using SendPlatform.TestKit;

namespace SendPlatform.FundingBands.Tests.Api;

/// <summary>funding-bands with national-standards unreachable: nothing listens where it is said to be.</summary>
public sealed class StandardsUnreachableService() : ServiceUnderTest<FrameworksApi>("fundingdb")
{
    public int StandardsPort { get; } = FreePort.Next();

    protected override Task ConfigureAsync(ServiceFactory<FrameworksApi> factory, PlatformInfrastructure infrastructure)
    {
        factory.Settings["services:national-standards:http:0"] = $"http://127.0.0.1:{StandardsPort}";
        return Task.CompletedTask;
    }
}

public sealed class UpstreamDownTests(StandardsUnreachableService service) : IClassFixture<StandardsUnreachableService>
{
    [Fact]
    public async Task An_unreachable_dependency_is_UNAVAILABLE_without_its_host_or_port()
    {
        var (status, body) = await service.Factory.RestAs(TestOrganisation.Dfe).PostJsonAsync("/v1/funding/frameworks",
            new { financialYear = "2026-27", content = new { } });
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        var text = body.GetRawText();
        Assert.DoesNotContain("127.0.0.1", text);
        Assert.DoesNotContain(service.StandardsPort.ToString(), text);
        Assert.Contains("trace id", body.GetProperty("message").GetString());
    }
}
