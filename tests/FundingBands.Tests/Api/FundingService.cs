using SendPlatform.TestKit.Servers;
using SendPlatform.FundingBands.Api;
using SendPlatform.NationalStandards.Api;
using SendPlatform.TestKit;

namespace SendPlatform.FundingBands.Tests.Api;

/// <summary>funding-bands, asking a real national-standards (on a real socket) for provision types.</summary>
public sealed class FundingService() : ServiceUnderTest<FrameworksApi>("fundingdb")
{
    private ServiceFactory<StandardsSetsApi> _standards = null!;

    protected override Task ConfigureAsync(ServiceFactory<FrameworksApi> factory, PlatformInfrastructure infrastructure)
    {
        var port = FreePort.Next();
        _standards = new ServiceFactory<StandardsSetsApi>(infrastructure, "standardsdb", MessagingConnectionString);
        _standards.UseKestrel(port);
        _standards.StartServer();
        factory.Settings["services:national-standards:http:0"] = $"http://127.0.0.1:{port}";
        return Task.CompletedTask;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _standards.DisposeAsync();
    }
}
