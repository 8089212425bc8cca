using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SendPlatform.TestKit.Logging;

namespace SendPlatform.TestKit;

/// <summary>
/// Runs one service in-process against the real servers: its own fresh database, its own RabbitMQ virtual host
/// and its own cache key prefix, so test classes never see each other's data.
/// </summary>
public class ServiceFactory<TEntryPoint>(PlatformInfrastructure infrastructure, string databaseConnectionName, string messagingConnectionString)
    : WebApplicationFactory<TEntryPoint> where TEntryPoint : class
{
    public string DatabaseName { get; init; } = "test_" + Guid.NewGuid().ToString("N")[..12];

    public PlatformInfrastructure Infrastructure => infrastructure;

    public string DatabaseConnectionString => infrastructure.Postgres.ConnectionString(DatabaseName);

    public Dictionary<string, string> Settings { get; } = [];

    /// <summary>More services for the host, set before it starts (e.g. a telemetry capture).</summary>
    public Action<IServiceCollection>? MoreServices { get; set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Development: the only environment that accepts the shared signing key the test kit's tokens are signed with.
        builder.UseEnvironment(Environments.Development);
        builder.UseSetting($"ConnectionStrings:{databaseConnectionName}", DatabaseConnectionString);
        builder.UseSetting("ConnectionStrings:messaging", messagingConnectionString);
        builder.UseSetting("ConnectionStrings:cache", infrastructure.Redis.ConnectionString);
        builder.UseSetting("Cache:KeyPrefix", DatabaseName);
        builder.UseSetting("Auth:Issuer", TestTokens.Issuer);
        builder.UseSetting("Auth:Audience", TestTokens.Audience);
        builder.UseSetting("Auth:SigningKey", TestTokens.SigningKey);
        builder.UseSetting("Outbox:PollInterval", "00:00:00.200");
        // The secret inclusion-dashboard keys pupils by (AppHost keeps one per data folder); other services ignore it.
        builder.UseSetting("PupilKeys:Secret", TestTokens.PupilKeySecret);
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        if (MoreServices is not null) builder.ConfigureServices(MoreServices);
        if (ServiceErrorLog.FromEnvironment(typeof(TEntryPoint).Name) is { } errors) builder.ConfigureLogging(logging => logging.AddProvider(errors));
    }

    /// <summary>
    /// Starts the service on a real loopback socket (for another service or the gateway to call) and returns its
    /// address. Port 0: the kernel picks a free port at bind time, so no other process can take it in between, as it
    /// could a port found free first and bound later.
    /// </summary>
    public string StartOnSocket()
    {
        UseKestrel(0);
        StartServer();
        return Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
    }

    /// <summary>A gRPC call invoker over the in-memory server, sending the organisation's token (none if null).</summary>
    public CallInvoker GrpcAs(TestOrganisation? organisation)
    {
        var channel = GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions { HttpHandler = Server.CreateHandler() });
        if (organisation is null) return channel.CreateCallInvoker();
        var token = TestTokens.For(organisation);
        return channel.Intercept(metadata =>
        {
            metadata.Add("authorization", "Bearer " + token);
            return metadata;
        });
    }

    /// <summary>A REST (JSON transcoding) client sending the organisation's token (none if null).</summary>
    public HttpClient RestAs(TestOrganisation? organisation, IEnumerable<string>? scopes = null)
    {
        var client = CreateClient();
        if (organisation is not null)
            client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.For(organisation, scopes: scopes));
        return client;
    }
}
