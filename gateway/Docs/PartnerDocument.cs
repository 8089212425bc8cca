using System.Text.Json.Nodes;
using Yarp.ReverseProxy;

namespace SendPlatform.Gateway.Docs;

/// <summary>
/// The partners' one OpenAPI document: each service's own (generated from its protos) fetched from the cluster the
/// gateway routes to, merged, with the gRPC services the gateway carries. Rebuilt at most once a minute, and
/// sooner while a service could not be reached, so a document never lags a deployment for long; a service that is
/// down is named in x-unavailable rather than failing the whole document.
/// </summary>
public sealed class PartnerDocument(IHttpClientFactory clients, IProxyStateLookup proxy, TimeProvider clock, ILogger<PartnerDocument> log)
{
    private static readonly TimeSpan Fresh = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan FreshWhileIncomplete = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _building = new(1, 1);
    // A reference, so a reader outside the lock sees a whole document or the one before it, never half of each.
    private volatile Built? _current;

    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        if (_current is { } current && clock.GetUtcNow() < current.Until) return current.Json;
        await _building.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } built && clock.GetUtcNow() < built.Until) return built.Json;
            var (document, complete) = await BuildAsync(cancellationToken);
            var json = document.ToJsonString();
            _current = new Built(json, clock.GetUtcNow() + (complete ? Fresh : FreshWhileIncomplete));
            return json;
        }
        finally
        {
            _building.Release();
        }
    }

    private async Task<(JsonObject Document, bool Complete)> BuildAsync(CancellationToken cancellationToken)
    {
        var clusters = proxy.GetClusters()
            .Select(c => (c.ClusterId, Address: c.Model.Config.Destinations?.Values.FirstOrDefault()?.Address))
            .Where(c => c.Address is not null)
            .OrderBy(c => c.ClusterId, StringComparer.Ordinal)
            .ToList();
        var parts = await Task.WhenAll(clusters.Select(c => FetchAsync(c.ClusterId, c.Address!, cancellationToken)));
        var merged = DocumentMerge.Start();
        var unavailable = new JsonArray();
        foreach (var (cluster, part) in clusters.Select(c => c.ClusterId).Zip(parts))
        {
            if (part is null) unavailable.Add(cluster);
            else DocumentMerge.Add(merged, cluster, part);
        }
        merged["x-grpc-services"] = GrpcCatalogue.ToJson(proxy);
        if (unavailable.Count > 0) merged["x-unavailable"] = unavailable;
        return (merged, unavailable.Count == 0);
    }

    private async Task<JsonObject?> FetchAsync(string cluster, string address, CancellationToken cancellationToken)
    {
        try
        {
            // Services speak HTTP/2 only (h2c), as the gateway's clusters do.
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(new Uri(address), "/openapi/v1.json"))
            {
                Version = System.Net.HttpVersion.Version20,
                VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            };
            using var response = await clients.CreateClient(nameof(PartnerDocument)).SendAsync(request, cancellationToken);
            response.EnsureSuccessStatusCode();
            return JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken)) as JsonObject;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            log.LogWarning("The OpenAPI document of {Cluster} could not be read: {Reason}", cluster, ex.Message);
            return null;
        }
    }

    private sealed record Built(string Json, DateTimeOffset Until);
}
