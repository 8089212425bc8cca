using SendPlatform.PupilMovements.Api;
using SendPlatform.TestKit;

namespace SendPlatform.Gateway.Tests;

/// <summary>
/// pupil-movements on a real h2c socket behind the gateway (Development), both exporting what their OpenTelemetry
/// pipelines would export into one capture, so a test can search it for a child's identifiers.
/// </summary>
public sealed class PupilsThroughGateway : IAsyncLifetime
{
    public TelemetryCapture Telemetry { get; } = new();

    public ServiceFactory<MovementsApi> Movements { get; private set; } = null!;

    public GatewayFactory Gateway { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var infrastructure = await PlatformInfrastructure.GetAsync();
        var vhost = await infrastructure.RabbitMq.AddVirtualHostAsync();
        Movements = new ServiceFactory<MovementsApi>(infrastructure, "movementsdb", vhost) { MoreServices = Telemetry.AddTo };
        Gateway = new GatewayFactory("Development", new Dictionary<string, string> { ["pupil-movements"] = Movements.StartOnSocket() })
        {
            MoreServices = Telemetry.AddTo,
        };
        Gateway.StartServer();
    }

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await Movements.DisposeAsync();
        Telemetry.Dispose();
    }
}
