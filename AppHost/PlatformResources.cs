using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SendPlatform.AppHost.LocalServers;

namespace SendPlatform.AppHost;

/// <summary>How the platform's own projects join the app model: their endpoints, the tokens they trust, the dashboard.</summary>
public static class PlatformResources
{
    private const string Issuer = "send-platform-dev";
    private const string Audience = "send-platform";

    /// <summary>One signing key per run, shared by the gateway (which issues development tokens) and every service.</summary>
    public static IResourceBuilder<ParameterResource> AddSigningKey(this IDistributedApplicationBuilder builder)
    {
        builder.Configuration["Parameters:signing-key"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        return builder.AddParameter("signing-key", secret: true);
    }

    /// <summary>
    /// The secret inclusion-dashboard keys pupils by (an HMAC of the UPN): kept in the data folder, made once, so the
    /// same child has the same key across runs; --reset removes it with the data it keyed.
    /// </summary>
    public static IResourceBuilder<ParameterResource> AddPupilKeySecret(this IDistributedApplicationBuilder builder, LocalRun run)
    {
        var file = Path.Combine(run.DataDirectory, "pupil-key");
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(run.DataDirectory);
            File.WriteAllText(file, Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)));
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        builder.Configuration["Parameters:pupil-key"] = File.ReadAllText(file).Trim();
        return builder.AddParameter("pupil-key", secret: true);
    }

    /// <summary>
    /// A gRPC service on one cleartext HTTP/2 endpoint ("http"), which service discovery names; healthy when its
    /// /health says so. Callers reach the service itself, not through DCP's proxy: the platform runs one replica of
    /// each, so the proxy balanced nothing, and its extra hop cut a call's throughput by a third (bench/RESULTS.md, issue
    /// #18). Aspire picks the port, below the ephemeral range, as it did for the proxy's target.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddService<TProject>(this IDistributedApplicationBuilder builder, string name,
        IResourceBuilder<ParameterResource> signingKey) where TProject : IProjectMetadata, new()
    {
        var service = builder.AddProject<TProject>(name).WithHttpEndpoint(name: "http", isProxied: false);
        var endpoint = service.GetEndpoint("http");
        builder.Services.AddHealthChecks().Add(new($"{name}-health", _ => new H2cHealthCheck(endpoint), null, null));
        return service.WithHealthCheck($"{name}-health").WithTrust(signingKey).WithSettingsFrom(builder.Configuration.GetSection("Platform"));
    }

    /// <summary>
    /// AppHost's own settings under "Platform" (every project) and "Gateway" (the gateway only) pass through as the
    /// projects' configuration, so a run is tuned without an edit: a benchmark samples traces
    /// (`--Platform:OTEL_TRACES_SAMPLER=parentbased_traceidratio`) or lifts the gateway's rate limit
    /// (`--Gateway:RateLimits:TokensPerSecond=1000000`).
    /// </summary>
    private static IResourceBuilder<ProjectResource> WithSettingsFrom(this IResourceBuilder<ProjectResource> project, IConfigurationSection section)
    {
        foreach (var (key, value) in section.AsEnumerable(makePathsRelative: true))
        {
            if (value is not null) project.WithEnvironment(key.Replace(":", "__", StringComparison.Ordinal), value);
        }
        return project;
    }

    /// <summary>
    /// The gateway on its fixed ports (REST over HTTP/1.1 on 5080, gRPC over h2c on 5081, plus the run's offset), with
    /// development tokens on, healthy when its /health says so. Its URLs are printed once it is.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddGateway<TProject>(this IDistributedApplicationBuilder builder, string name,
        IResourceBuilder<ParameterResource> signingKey, LocalRun run) where TProject : IProjectMetadata, new()
    {
        var rest = run.Port(5080);
        var grpc = run.Port(5081);
        var gateway = builder.AddProject<TProject>(name)
            .WithHttpEndpoint(name: "rest", port: rest, isProxied: false)
            .WithHttpEndpoint(name: "grpc", port: grpc, isProxied: false)
            .WithEnvironment("Kestrel__Endpoints__rest__Url", "http://127.0.0.1:" + rest)
            .WithEnvironment("Kestrel__Endpoints__grpc__Url", "http://127.0.0.1:" + grpc)
            .WithEnvironment("DevTokens__Enabled", "true")
            .WithEnvironment("Audit__Directory", run.DataFor("audit"))
            // A 64 MB young generation (hexadecimal, as the runtime reads it): workstation concurrent GC's smaller
            // default made the gateway collect many times more often under load, mostly generation 1 (bench/RESULTS.md,
            // issue #18). Only an environment variable sets it, so a deployment sets it too (README).
            .WithEnvironment("DOTNET_GCgen0size", "4000000")
            .WithHttpHealthCheck("/health", endpointName: "rest")
            .WithTrust(signingKey);
        gateway.WithSettingsFrom(builder.Configuration.GetSection("Platform")).WithSettingsFrom(builder.Configuration.GetSection("Gateway"));
        gateway.PrintWhenReady(rest, grpc);
        return gateway;
    }

    /// <summary>Development, because the shared signing key and development tokens are refused anywhere else.</summary>
    private static IResourceBuilder<ProjectResource> WithTrust(this IResourceBuilder<ProjectResource> project, IResourceBuilder<ParameterResource> signingKey) =>
        project.WithEnvironment("ASPNETCORE_ENVIRONMENT", "Development")
            .WithEnvironment("Auth__Issuer", Issuer)
            .WithEnvironment("Auth__Audience", Audience)
            .WithEnvironment("Auth__SigningKey", signingKey);
}
