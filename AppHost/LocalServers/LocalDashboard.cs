namespace SendPlatform.AppHost.LocalServers;

/// <summary>
/// The dashboard on fixed loopback URLs with no certificate and no login: this machine has no developer certificate,
/// and the dashboard listens only on 127.0.0.1. Given to Aspire as command-line configuration because it reads them
/// while the builder is created; a variable already set in the environment (or a launch profile) wins.
/// </summary>
public static class LocalDashboard
{
    public static IEnumerable<string> Settings(LocalRun run)
    {
        var defaults = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{run.Port(18888)}",
            ["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] = $"http://127.0.0.1:{run.Port(18889)}",
            ["ASPIRE_ALLOW_UNSECURED_TRANSPORT"] = "true",
            ["ASPIRE_DASHBOARD_UNSECURED_ALLOW_ANONYMOUS"] = "true",
            ["ASPIRE_VERSION_CHECK_DISABLED"] = "true",
        };
        return defaults.Where(d => string.IsNullOrEmpty(Environment.GetEnvironmentVariable(d.Key))).Select(d => $"--{d.Key}={d.Value}");
    }
}
