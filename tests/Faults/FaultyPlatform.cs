using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using SendPlatform.TestKit;

namespace SendPlatform.Faults.Tests;

/// <summary>
/// The whole platform from the AppHost's app model, with a private data folder and ports (offset 4000, beside the
/// end-to-end test's 3000), whose server processes a scenario kills with SIGKILL and starts again through Aspire.
/// </summary>
public sealed class FaultyPlatform : IAsyncLifetime
{
    private const int PortOffset = 4000;
    private readonly string _data = TestDirectory.Create("send-faults-");
    private DistributedApplication _app = null!;

    public HttpClient Gateway { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.SendPlatform_AppHost>(
            ["--data", _data, "--port-offset", PortOffset.ToString()]);
        _app = await builder.BuildAsync();
        using var starting = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await _app.StartAsync(starting.Token);
        await _app.ResourceNotifications.WaitForResourceHealthyAsync("gateway", starting.Token);
        Gateway = new HttpClient { BaseAddress = _app.GetEndpoint("gateway", "rest"), Timeout = TimeSpan.FromSeconds(60) };
    }

    public async Task DisposeAsync()
    {
        Gateway.Dispose();
        await _app.DisposeAsync();
        await Eventually.Get(() => Task.FromResult(ServerProcesses("").Concat(ServerProcesses(RedisProcess)).ToList()), left => left.Count == 0,
            "no server left running", TimeSpan.FromSeconds(60));
        Directory.Delete(_data, recursive: true);
    }

    /// <summary>A gateway client holding a development token for the organisation described.</summary>
    public async Task<HttpClient> ClientAsAsync(object organisation)
    {
        var client = new HttpClient { BaseAddress = Gateway.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var token = await client.PostAsJsonAsync("/dev/token", organisation);
        token.EnsureSuccessStatusCode();
        client.DefaultRequestHeaders.Authorization = new("Bearer", (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString());
        return client;
    }

    /// <summary>The platform's RabbitMQ, as an operator reaches it (scripts/replay-errors.sh --amqp).</summary>
    public static string Amqp => $"amqp://guest:guest@127.0.0.1:{15672 + PortOffset}/";

    /// <summary>A service's own /health: services speak HTTP/2 only (h2c), as the gateway calls them.</summary>
    public async Task<string> HealthOfAsync(string service)
    {
        using var http = new HttpClient { BaseAddress = _app.GetEndpoint(service, "http"), DefaultRequestVersion = System.Net.HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };
        return await http.GetStringAsync("/health");
    }

    /// <summary>Redis rewrites its process title to its address, so it is found by its port rather than its data folder.</summary>
    public static string RedisProcess => $"redis-server 127.0.0.1:{16379 + PortOffset}";

    /// <summary>SIGKILL to the server whose command line names the program and this platform's data folder (or port).</summary>
    public async Task KillAsync(string resource, string program)
    {
        var pids = ServerProcesses(program);
        Assert.NotEmpty(pids);
        foreach (var pid in pids)
        {
            try { Process.GetProcessById(pid).Kill(); }
            catch (ArgumentException) { /* already gone */ }
        }
        await Eventually.Get(() => Task.FromResult(ServerProcesses(program)), left => left.Count == 0, $"{program} gone", TimeSpan.FromSeconds(30));
        await Eventually.Get(() => Task.FromResult(StateOf(resource)), state => state != KnownResourceStates.Running,
            $"Aspire to see {resource} exit", TimeSpan.FromSeconds(60));
    }

    /// <summary>Starts a killed resource again, as the dashboard's start button does, and waits until it is healthy.</summary>
    public async Task StartAsync(string resource)
    {
        var commands = _app.Services.GetRequiredService<ResourceCommandService>();
        var started = await commands.ExecuteCommandAsync(resource, KnownResourceCommands.StartCommand);
        Assert.True(started.Success, started.Message);
        // The command returns before the state changes, and a health report from before the kill may still stand.
        await Eventually.Get(() => Task.FromResult(StateOf(resource)), state => state == KnownResourceStates.Running, $"{resource} running again",
            TimeSpan.FromMinutes(1));
        using var healthy = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await _app.ResourceNotifications.WaitForResourceHealthyAsync(resource, healthy.Token);
    }

    private string? StateOf(string resource) =>
        _app.ResourceNotifications.TryGetCurrentState(resource, out var resourceEvent) ? resourceEvent.Snapshot.State?.Text : null;

    private List<int> ServerProcesses(string program)
    {
        var found = new List<int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                var commandLine = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ');
                if (commandLine.Contains(program) && (commandLine.Contains(_data) || program == RedisProcess)) found.Add(pid);
            }
            catch (IOException)
            {
                // Gone while listing.
            }
        }
        return found;
    }
}
