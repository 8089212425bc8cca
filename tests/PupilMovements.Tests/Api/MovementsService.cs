using SendPlatform.PupilMovements.Api;
using SendPlatform.TestKit;

namespace SendPlatform.PupilMovements.Tests.Api;

/// <summary>pupil-movements over real servers, with its own database and vhost per test class.</summary>
public sealed class MovementsService : IAsyncLifetime
{
    public ServiceFactory<MovementsApi> Factory { get; private set; } = null!;

    public string MessagingConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var infrastructure = await PlatformInfrastructure.GetAsync();
        MessagingConnectionString = await infrastructure.RabbitMq.AddVirtualHostAsync("vh-" + Guid.NewGuid().ToString("N")[..8], CancellationToken.None);
        Factory = new ServiceFactory<MovementsApi>(infrastructure, "movementsdb", MessagingConnectionString);
        Factory.StartServer();
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
