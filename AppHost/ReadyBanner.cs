using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SendPlatform.AppHost;

/// <summary>
/// Once the gateway, the last resource to start, is healthy: one line a developer can act on (where to call, where
/// to look), then every resource's endpoints, which the benchmark scripts read.
/// </summary>
internal static class ReadyBanner
{
    public static void PrintWhenReady(this IResourceBuilder<ProjectResource> gateway, int rest, int grpc)
    {
        var builder = gateway.ApplicationBuilder;
        builder.Eventing.Subscribe<ResourceReadyEvent>(gateway.Resource, (e, _) =>
        {
            var endpoints = builder.Resources.OfType<IResourceWithEndpoints>()
                .SelectMany(r => r.Annotations.OfType<EndpointAnnotation>().Select(a => $"  {r.Name,-20} {new EndpointReference(r, a).Url}"));
            e.Services.GetRequiredService<ILoggerFactory>().CreateLogger("SendPlatform").LogInformation(
                "The platform is ready. Gateway: REST http://127.0.0.1:{Rest}, gRPC http://127.0.0.1:{Grpc}. Dashboard: {Dashboard}\n{Endpoints}",
                rest, grpc, builder.Configuration["ASPNETCORE_URLS"], string.Join('\n', endpoints));
            return Task.CompletedTask;
        });
    }
}
