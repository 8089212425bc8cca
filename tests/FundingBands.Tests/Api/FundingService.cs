using SendPlatform.AppHost.Hosting.Infrastructure;
using SendPlatform.FundingBands.Api;
using SendPlatform.NationalStandards.Api;
using SendPlatform.TestKit;

namespace SendPlatform.FundingBands.Tests.Api;

/// <summary>funding-bands over real servers, asking a real national-standards (on a real socket) for provision types.</summary>
public sealed class FundingService : IAsyncLifetime
{
    public ServiceFactory<StandardsSetsApi> Standards { get; private set; } = null!;

    public ServiceFactory<FrameworksApi> Factory { get; private set; } = null!;

    public string MessagingConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var infrastructure = await PlatformInfrastructure.GetAsync();
        MessagingConnectionString = await infrastructure.RabbitMq.AddVirtualHostAsync("vh-" + Guid.NewGuid().ToString("N")[..8], CancellationToken.None);
        var port = FreePort.Next();
        Standards = new ServiceFactory<StandardsSetsApi>(infrastructure, "standardsdb", MessagingConnectionString);
        Standards.UseKestrel(port);
        Standards.StartServer();
        Factory = new ServiceFactory<FrameworksApi>(infrastructure, "fundingdb", MessagingConnectionString)
        {
            Settings = { ["services:national-standards:http:0"] = $"http://127.0.0.1:{port}" },
        };
        Factory.StartServer();
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Standards.DisposeAsync();
    }
}
