using System.Security.Cryptography;
using SendPlatform.AppHost.Hosting.Infrastructure;

namespace SendPlatform.AppHost.Hosting;

/// <summary>
/// Aspire's builder shape over our own orchestration. Infrastructure keeps its data under .apphost/ (git-ignored)
/// between runs; `--reset` wipes it. Ports for infrastructure are fixed so data and connection strings stay stable.
/// </summary>
public sealed class DistributedApplicationBuilder
{
    private readonly List<Resource> _resources = [];
    private readonly Dictionary<string, string> _sharedEnvironment;

    private DistributedApplicationBuilder(string[] args)
    {
        RepositoryRoot = FindRepositoryRoot();
        DataDirectory = Path.Combine(RepositoryRoot, ".apphost");
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

    public static DistributedApplicationBuilder CreateBuilder(string[] args) => new(args);

    public ResourceBuilder<PostgresServerResource> AddPostgres(string name, int port = 55432) =>
        Add(new PostgresServerResource(name, Path.Combine(DataDirectory, name), port));

    public ResourceBuilder<RabbitMqResource> AddRabbitMQ(string name, int port = 55672) =>
        Add(new RabbitMqResource(name, Path.Combine(DataDirectory, name), port));

    public ResourceBuilder<RedisResource> AddRedis(string name, int port = 56379) =>
        Add(new RedisResource(name, Path.Combine(DataDirectory, name), port));

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

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SendPlatform.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("SendPlatform.sln was not found above " + AppContext.BaseDirectory);
    }
}
