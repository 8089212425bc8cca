using Microsoft.AspNetCore.Server.Kestrel.Core;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;

// The gateway's two listeners (HTTP/1.1 for REST, h2c for gRPC) and its cluster settings (HTTP/2 to the service, as
// gateway/appsettings.json asks), with no authentication, rate limit, audit line, service discovery, health checks or
// telemetry: what forwarding a call costs on this machine before any of the gateway's own work.
if (args.Length != 3 || !int.TryParse(args[0], out var restPort) || !int.TryParse(args[1], out var grpcPort)
    || !Uri.TryCreate(args[2], UriKind.Absolute, out var destination))
{
    Console.Error.WriteLine("usage: ProxyFloor <rest port> <grpc port> <service url>");
    return 2;
}

var builder = WebApplication.CreateBuilder();
builder.Logging.ClearProviders();
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.ListenLocalhost(restPort, o => o.Protocols = HttpProtocols.Http1);
    kestrel.ListenLocalhost(grpcPort, o => o.Protocols = HttpProtocols.Http2);
});
builder.Services.AddReverseProxy().LoadFromMemory(
    [new RouteConfig { RouteId = "all", ClusterId = "service", Match = new RouteMatch { Path = "{**path}" } }],
    [new ClusterConfig
    {
        ClusterId = "service",
        HttpRequest = new ForwarderRequestConfig { Version = new Version(2, 0), VersionPolicy = HttpVersionPolicy.RequestVersionExact },
        Destinations = new Dictionary<string, DestinationConfig> { ["primary"] = new() { Address = destination.ToString() } },
    }]);
var app = builder.Build();
app.MapReverseProxy();
app.Run();
return 0;
