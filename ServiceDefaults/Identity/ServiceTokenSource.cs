using Duende.IdentityModel.Client;
using Grpc.Core;

namespace SendPlatform.ServiceDefaults.Identity;

/// <summary>
/// The token a service presents when it calls another service on its own behalf: an event consumer has no partner's
/// token to pass on. With an OIDC authority it is a client-credentials token (Auth__ClientId, Auth__ClientSecret,
/// optional Auth__ClientScope), and the authority must give that client the claim org_type=service. Without one it
/// is signed here with the shared development key. Either way it is reused until a minute before it expires
/// (halfway, for a short-lived one).
/// </summary>
public sealed class ServiceTokenSource(TokenSettings settings, string serviceName, IHttpClientFactory http, TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _renewing = new(1, 1);
    private (string Token, DateTimeOffset RenewAt)? _current;

    /// <summary>gRPC call headers carrying the service's token.</summary>
    public async Task<Metadata> HeadersAsync(CancellationToken cancellationToken) =>
        new() { { "authorization", "Bearer " + await TokenAsync(cancellationToken) } };

    public async Task<string> TokenAsync(CancellationToken cancellationToken)
    {
        if (_current is { } held && clock.GetUtcNow() < held.RenewAt) return held.Token;
        await _renewing.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } renewed && clock.GetUtcNow() < renewed.RenewAt) return renewed.Token;
            var now = clock.GetUtcNow();
            var (token, lifetime) = settings.Authority is null
                ? (PlatformTokens.Issue(settings, OrganisationType.Service, serviceName, null, PlatformScopes.For(OrganisationType.Service), now, Lifetime), Lifetime)
                : await RequestAsync(cancellationToken);
            _current = (token, now + lifetime - (lifetime / 2 < RenewBefore ? lifetime / 2 : RenewBefore));
            return token;
        }
        finally
        {
            _renewing.Release();
        }
    }

    private async Task<(string, TimeSpan)> RequestAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(settings.ClientId) || string.IsNullOrEmpty(settings.ClientSecret))
            throw new InvalidOperationException($"{serviceName} calls other services on its own behalf: set Auth__ClientId and Auth__ClientSecret.");
        var client = http.CreateClient(nameof(ServiceTokenSource));
        var discovery = await client.GetDiscoveryDocumentAsync(settings.Authority, cancellationToken);
        if (discovery.IsError) throw new InvalidOperationException($"OIDC discovery at {settings.Authority} failed: {discovery.Error}");
        var response = await client.RequestClientCredentialsTokenAsync(new ClientCredentialsTokenRequest
        {
            Address = discovery.TokenEndpoint,
            ClientId = settings.ClientId,
            ClientSecret = settings.ClientSecret,
            Scope = settings.ClientScope,
        }, cancellationToken);
        if (response.IsError || response.AccessToken is null)
            throw new InvalidOperationException($"The client-credentials token request for {serviceName} failed: {response.Error}");
        return (response.AccessToken, TimeSpan.FromSeconds(response.ExpiresIn));
    }
}
