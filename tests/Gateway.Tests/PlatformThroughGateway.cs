using System.Net;
using SendPlatform.NationalStandards.Api;
using SendPlatform.TestKit;

namespace SendPlatform.Gateway.Tests;

/// <summary>national-standards on a real h2c socket over real servers, and the gateway (Development) in front of it.</summary>
public sealed class PlatformThroughGateway : IAsyncLifetime
{
    public ServiceFactory<StandardsSetsApi> Standards { get; private set; } = null!;

    public GatewayFactory Gateway { get; private set; } = null!;

    public string StandardsAddress { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var infrastructure = await PlatformInfrastructure.GetAsync();
        var vhost = await infrastructure.RabbitMq.AddVirtualHostAsync();
        Standards = new ServiceFactory<StandardsSetsApi>(infrastructure, "standardsdb", vhost);
        StandardsAddress = Standards.StartOnSocket();
        Gateway = NewGateway("Development");
        Gateway.StartServer();
    }

    public GatewayFactory NewGateway(string environment, IReadOnlyDictionary<string, string>? settings = null, IPAddress? callerAddress = null) =>
        new(environment, new Dictionary<string, string> { ["national-standards"] = StandardsAddress }, settings) { CallerAddress = callerAddress ?? IPAddress.Loopback };

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await Standards.DisposeAsync();
    }
}
