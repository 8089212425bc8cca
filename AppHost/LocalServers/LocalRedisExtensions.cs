using Microsoft.Extensions.DependencyInjection;

namespace SendPlatform.AppHost.LocalServers;

public static class LocalRedisExtensions
{
    /// <summary>Redis on 127.0.0.1:<paramref name="port"/> (plus the run's offset), healthy once it answers PING.</summary>
    public static IResourceBuilder<LocalRedisResource> AddLocalRedis(this IDistributedApplicationBuilder builder, string name, LocalRun run, int port = 16379)
    {
        port = run.Port(port);
        var resource = new LocalRedisResource(name, run.DataFor(name), port);
        Directory.CreateDirectory(resource.DataDirectory);
        DebianBinaries.Require(DebianBinaries.RedisServer, "redis-server");
        builder.Services.AddHealthChecks().AddRedis($"127.0.0.1:{port},abortConnect=false,connectTimeout=2000", name: $"{name}-answers-ping");
        return builder.AddResource(resource)
            .WithArgs("--bind", "127.0.0.1", "--port", port.ToString(), "--dir", resource.DataDirectory,
                "--appendonly", "yes", "--save", "", "--protected-mode", "yes")
            .WithEndpoint(port: port, targetPort: port, scheme: "tcp", name: "tcp", isProxied: false)
            .WithHealthCheck($"{name}-answers-ping");
    }
}
