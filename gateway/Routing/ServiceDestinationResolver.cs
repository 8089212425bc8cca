using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.ServiceDiscovery;

namespace SendPlatform.Gateway.Routing;

/// <summary>
/// Resolves a cluster destination written as http://{service-name} to the address AppHost, Aspire or Kubernetes
/// injects as services__{service-name}__http__0. Hand-written because Microsoft.Extensions.ServiceDiscovery.Yarp
/// is not served by this project's package registry; an address with no such variable is used as written.
/// </summary>
public sealed class ServiceDestinationResolver(IConfiguration configuration) : IDestinationResolver
{
    public ValueTask<ResolvedDestinationCollection> ResolveDestinationsAsync(
        IReadOnlyDictionary<string, DestinationConfig> destinations, CancellationToken cancellationToken)
    {
        var resolved = destinations.ToDictionary(
            d => d.Key,
            d => d.Value with { Address = Resolve(d.Value.Address) });
        return ValueTask.FromResult(new ResolvedDestinationCollection(resolved, null));
    }

    private string Resolve(string address)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri)) return address;
        var injected = configuration[$"services:{uri.Host}:http:0"];
        return string.IsNullOrEmpty(injected) ? address : injected;
    }
}
