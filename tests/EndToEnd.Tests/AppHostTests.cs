using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using Grpc.Net.Client;
using SendPlatform.AppHost.Hosting.Infrastructure;
using SendPlatform.Contracts.Standards.V1;
using SendPlatform.TestKit;

namespace SendPlatform.EndToEnd.Tests;

public sealed class AppHostTests : IAsyncLifetime
{
    // Far from the defaults (5080, 15432, ...) so a developer's own platform can keep running.
    private const int PortOffset = 3000;
    private readonly string _data = TestDirectory.Create("send-apphost-");
    private readonly List<string> _output = [];
    private Process _appHost = null!;

    public Task InitializeAsync()
    {
        var dll = typeof(SendPlatform.AppHost.Hosting.DistributedApplication).Assembly.Location;
        var info = new ProcessStartInfo("dotnet", [dll, "--data", _data, "--port-offset", PortOffset.ToString()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        _appHost = Process.Start(info)!;
        _appHost.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.Add(e.Data); };
        _appHost.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.Add(e.Data); };
        _appHost.BeginOutputReadLine();
        _appHost.BeginErrorReadLine();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (!_appHost.HasExited) _appHost.Kill(entireProcessTree: true);
        await _appHost.WaitForExitAsync();
        Directory.Delete(_data, recursive: true);
    }

    private string Output() { lock (_output) return string.Join('\n', _output); }

    private async Task WaitForLineAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!Output().Contains(text))
        {
            if (_appHost.HasExited || DateTime.UtcNow > deadline)
                Assert.Fail($"AppHost did not print '{text}'. Its output:\n{Output()}");
            await Task.Delay(200);
        }
    }

    [Fact]
    public async Task The_platform_starts_healthy_answers_through_the_gateway_and_stops_leaving_nothing_running()
    {
        await WaitForLineAsync("resources healthy", TimeSpan.FromSeconds(120));
        Assert.Contains("national-standards     Running", Output());

        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{5080 + PortOffset}") };
        var tokenResponse = await http.PostAsJsonAsync("/dev/token", new { org_type = "la", org_id = "la-931", la_code = "931" });
        var token = (await tokenResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var la = await http.GetFromJsonAsync<JsonElement>("/v1/reference/local-authorities/931");
        Assert.Equal("Oxfordshire", la.GetProperty("name").GetString());

        using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{5081 + PortOffset}");
        var upn = await new ReferenceData.ReferenceDataClient(channel)
            .ValidateUpnAsync(new ValidateUpnRequest { Upn = "H801200001001" }, new Metadata { { "authorization", "Bearer " + token } });
        Assert.True(upn.Valid);

        Posix.Terminate(_appHost.Id);
        await _appHost.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(0, _appHost.ExitCode);
        Assert.Contains("Stopped everything it started.", Output());
        foreach (var port in new[] { 15432, 15672, 16379, 5080, 5081 })
            Assert.False(await FreePort.IsOpenAsync(port + PortOffset, CancellationToken.None), $"port {port + PortOffset} is still open");
        Assert.False(File.Exists(Path.Combine(_data, "postgres", "postmaster.pid")), "PostgreSQL is still running");
    }
}
