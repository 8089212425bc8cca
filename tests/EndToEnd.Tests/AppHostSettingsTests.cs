using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using SendPlatform.TestKit;

namespace SendPlatform.EndToEnd.Tests;

/// <summary>AppHost's "Platform" and "Gateway" settings reach the projects' configuration, so a run is tuned without an edit.</summary>
public sealed class AppHostSettingsTests
{
    [Fact]
    public async Task Platform_settings_reach_every_project_and_Gateway_settings_the_gateway_alone_winning_there()
    {
        var data = TestDirectory.Create("send-apphost-settings-");
        try
        {
            var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.SendPlatform_AppHost>(
                ["--data", data, "--Platform:OTEL_TRACES_SAMPLER=always_off", "--Platform:Feature:Level=platform",
                 "--Gateway:RateLimits:Burst=7", "--Gateway:Feature:Level=gateway"]);
            await using var app = await builder.BuildAsync();
            var projects = builder.Resources.OfType<ProjectResource>().ToDictionary(p => p.Name);

            var gateway = await EnvironmentOf(projects["gateway"]);
            Assert.Equal(("always_off", "7", "gateway"), (gateway["OTEL_TRACES_SAMPLER"], gateway["RateLimits__Burst"], gateway["Feature__Level"]));
            // The gateway's young generation, chosen by measurement (bench/RESULTS.md); the services keep the runtime's.
            Assert.Equal("4000000", gateway["DOTNET_GCgen0size"]);
            foreach (var service in projects.Values.Where(p => p.Name != "gateway"))
            {
                var environment = await EnvironmentOf(service);
                Assert.Equal(("always_off", "platform"), (environment["OTEL_TRACES_SAMPLER"], environment["Feature__Level"]));
                Assert.False(environment.ContainsKey("RateLimits__Burst"), service.Name);
                Assert.False(environment.ContainsKey("DOTNET_GCgen0size"), service.Name);
            }
            Assert.Equal(8, projects.Count);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private static async Task<Dictionary<string, string>> EnvironmentOf(ProjectResource project)
    {
        var configuration = await ExecutionConfigurationBuilder.Create(project).WithEnvironmentVariablesConfig()
            .BuildAsync(new DistributedApplicationExecutionContext(DistributedApplicationOperation.Publish), NullLogger.Instance, CancellationToken.None);
        return configuration.EnvironmentVariables.ToDictionary(v => v.Key, v => v.Value);
    }
}
