using System.Security.Cryptography;
using SendPlatform.AppHost.Hosting.Infrastructure;

namespace SendPlatform.AppHost.Hosting;

/// <summary>
/// Aspire's builder shape over our own orchestration. Infrastructure keeps its data under .apphost/ (git-ignored)
/// between runs. Ports are fixed so data and connection strings stay stable, and below the ephemeral range (32768+) so no
/// outgoing connection can be holding one. Options:
/// `--reset` wipes the data; `--data DIR` keeps it elsewhere; `--port-offset N` adds N to every fixed port, so a
/// second copy (or an end-to-end test) can run beside a developer's.
/// </summary>
public sealed class DistributedApplicationBuilder
{
    private readonly List<Resource> _resources = [];
    private readonly Dictionary<string, string> _sharedEnvironment;

    private DistributedApplicationBuilder(string[] args)
    {
        RepositoryRoot = FindRepositoryRoot();
        DataDirectory = Path.GetFullPath(Option(args, "--data") ?? Path.Combine(RepositoryRoot, ".apphost"));
        PortOffset = int.TryParse(Option(args, "--port-offset"), out var offset) ? offset : 0;
        if (args.Contains("--reset") && Directory.Exists(DataDirectory)) Directory.Delete(DataDirectory, recursive: true);
        Directory.CreateDirectory(DataDirectory);
        // One signing key per run, shared by the gateway (which issues development tokens) and every service.
        _sharedEnvironment = new Dictionary<string, string>
        {
            ["Auth__Issuer"] = "send-platform-dev",
            ["Auth__Audience"] = "send-platform",
            ["Auth__SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)),
        };
        var otlp = System.Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT");
        if (!string.IsNullOrEmpty(otlp)) _sharedEnvironment["OTEL_EXPORTER_OTLP_ENDPOINT"] = otlp;
    }

    public string RepositoryRoot { get; }

    public string DataDirectory { get; }

    public int PortOffset { get; }

    public static DistributedApplicationBuilder CreateBuilder(string[] args) => new(args);

    public ResourceBuilder<PostgresServerResource> AddPostgres(string name, int port = 15432) =>
        Add(new PostgresServerResource(name, Path.Combine(DataDirectory, name), port + PortOffset));

    public ResourceBuilder<RabbitMqResource> AddRabbitMQ(string name, int port = 15672) =>
        Add(new RabbitMqResource(name, Path.Combine(DataDirectory, name), port + PortOffset));

    public ResourceBuilder<RedisResource> AddRedis(string name, int port = 16379) =>
        Add(new RedisResource(name, Path.Combine(DataDirectory, name), port + PortOffset));

    /// <summary>A project by its path relative to the repository root, on a free loopback port serving h2c.</summary>
    public ResourceBuilder<ProjectResource> AddProject(string name, string projectPath)
    {
        var project = new ProjectResource(name, Path.Combine(RepositoryRoot, projectPath), _sharedEnvironment);
        project.Endpoints.Add(new ProjectEndpoint("http", FreePort.Next(), Http2: true));
        return Add(project);
    }

    internal ResourceBuilder<T> Add<T>(T resource) where T : Resource
    {
        if (_resources.Any(r => r.Name == resource.Name)) throw new InvalidOperationException($"A resource named '{resource.Name}' already exists.");
        _resources.Add(resource);
        return new ResourceBuilder<T>(resource, this);
    }

    public DistributedApplication Build() => new(_resources);

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SendPlatform.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("SendPlatform.sln was not found above " + AppContext.BaseDirectory);
    }
}
