using System.Net;
using SendPlatform.AppHost.Hosting.Infrastructure;

namespace SendPlatform.AppHost.Hosting;

/// <summary>
/// A .NET project of the solution, run from its build output with the variables Aspire would inject, and
/// healthy once its /health answers 200 (Healthy or Degraded).
/// </summary>
public sealed class ProjectResource(string name, string projectPath, IReadOnlyDictionary<string, string> sharedEnvironment) : Resource(name)
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif
    private ManagedProcess? _process;

    public List<ProjectEndpoint> Endpoints { get; } = [];

    /// <summary>Fixed endpoints are the project's own (its appsettings); otherwise AppHost picks a port.</summary>
    public bool HasFixedEndpoints { get; set; }

    public Dictionary<string, Func<string>> Environment { get; } = [];

    public override string Url => string.Join(" ", Endpoints.Select(e => e.Url));

    public string AssemblyPath
    {
        get
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(projectPath))!;
            return Path.Combine(directory, "bin", Configuration, "net10.0", Path.GetFileNameWithoutExtension(projectPath) + ".dll");
        }
    }

    public override async Task StartAsync(AppHostOutput output, CancellationToken cancellationToken)
    {
        if (!File.Exists(AssemblyPath))
            throw new FileNotFoundException($"{AssemblyPath} is not built. Run `dotnet build SendPlatform.sln` (scripts/run.sh does).");
        var environment = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["OTEL_SERVICE_NAME"] = Name,
            ["Logging__Console__FormatterName"] = "simple",
        };
        foreach (var (key, value) in sharedEnvironment) environment[key] = value;
        if (!HasFixedEndpoints) environment["ASPNETCORE_URLS"] = string.Join(";", Endpoints.Select(e => e.Url));
        foreach (var endpoint in Endpoints)
        {
            environment[$"Kestrel__Endpoints__{endpoint.Name}__Url"] = endpoint.Url;
            environment[$"Kestrel__Endpoints__{endpoint.Name}__Protocols"] = endpoint.Http2 ? "Http2" : "Http1";
        }
        foreach (var (key, value) in Environment) environment[key] = value();

        _process = ManagedProcess.Start("dotnet", [AssemblyPath], environment, Path.GetDirectoryName(AssemblyPath)!, output.For(Name));
        await WaitUntilHealthyAsync(cancellationToken);
    }

    private async Task WaitUntilHealthyAsync(CancellationToken cancellationToken)
    {
        var endpoint = Endpoints[0];
        using var http = new HttpClient
        {
            DefaultRequestVersion = endpoint.Http2 ? HttpVersion.Version20 : HttpVersion.Version11,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Timeout = TimeSpan.FromSeconds(5),
        };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (_process!.HasExited) throw new InvalidOperationException($"{Name} exited during start-up; see its output above.");
            try
            {
                using var response = await http.GetAsync($"{endpoint.Url}/health", cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested) { }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{Name} was not healthy within 60 s.");
            await Task.Delay(250, cancellationToken);
        }
    }

    public Task WaitForExitAsync(CancellationToken cancellationToken) => _process?.WaitForExitAsync(cancellationToken) ?? Task.CompletedTask;

    public override Task StopAsync() => _process?.StopAsync(TimeSpan.FromSeconds(15)) ?? Task.CompletedTask;
}
