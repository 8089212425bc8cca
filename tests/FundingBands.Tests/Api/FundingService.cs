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
        _standards = new ServiceFactory<StandardsSetsApi>(infrastructure, "standardsdb", MessagingConnectionString);
        factory.Settings["services:national-standards:http:0"] = _standards.StartOnSocket();
        return Task.CompletedTask;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _standards.DisposeAsync();
    }
}
