using SendPlatform.NationalStandards.Api;
using SendPlatform.TestKit;

namespace SendPlatform.NationalStandards.Tests.Api;

/// <summary>One national-standards instance per test class, over real servers, with its own database and vhost.</summary>
public sealed class StandardsService : IAsyncLifetime
{
    public ServiceFactory<StandardsSetsApi> Factory { get; private set; } = null!;

    public string MessagingConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var infrastructure = await PlatformInfrastructure.GetAsync();
        MessagingConnectionString = await infrastructure.RabbitMq.AddVirtualHostAsync("vh-" + Guid.NewGuid().ToString("N")[..8], CancellationToken.None);
        Factory = new ServiceFactory<StandardsSetsApi>(infrastructure, "standardsdb", MessagingConnectionString);
        Factory.StartServer();
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
