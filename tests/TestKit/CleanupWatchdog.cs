using System.Diagnostics;

namespace SendPlatform.TestKit;

/// <summary>
/// A detached shell that outlives the test process and, once it is gone (finished, crashed or killed), stops
/// the servers it started and deletes their folder. A ProcessExit handler is not enough: the test host may be
/// ended before asynchronous shutdown completes.
/// </summary>
internal static class CleanupWatchdog
{
    public static void Start(PlatformInfrastructure infrastructure)
    {
        var pgCtl = Path.Combine(Path.GetDirectoryName(PostgresBinary())!, "pg_ctl");
        var asPostgres = Environment.UserName == "root" ? "runuser -u postgres -- " : "";
        var script = $"""
            exec </dev/null >/dev/null 2>&1
            while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 0.5; done
            {asPostgres}{pgCtl} -D '{infrastructure.Postgres.DataDirectory}' -m immediate stop >/dev/null 2>&1
            [ -f '{infrastructure.RabbitMq.PidFile}' ] && kill -TERM "$(cat '{infrastructure.RabbitMq.PidFile}')" 2>/dev/null
            [ -f '{infrastructure.Redis.PidFile}' ] && kill -TERM "$(cat '{infrastructure.Redis.PidFile}')" 2>/dev/null
            sleep 2
            for p in $(pgrep -x epmd); do
              tr '\0' '\n' < /proc/$p/environ 2>/dev/null | grep -qx 'ERL_EPMD_PORT={infrastructure.RabbitMq.EpmdPort}' && kill $p
            done
            [ -f '{infrastructure.RabbitMq.PidFile}' ] && kill -KILL "$(cat '{infrastructure.RabbitMq.PidFile}')" 2>/dev/null
            rm -rf '{infrastructure.Root}'
            """;
        var info = new ProcessStartInfo("setsid", ["-f", "bash", "-c", script])
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var launcher = Process.Start(info)!;
        launcher.WaitForExit();
    }

    private static string PostgresBinary() =>
        Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", "pg_ctl")).First(File.Exists);
}
