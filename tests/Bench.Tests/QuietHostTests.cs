using System.Diagnostics;

namespace SendPlatform.Bench.Tests;

/// <summary>bench/quiet-host.sh over a DAMON folder of the test's own: what it pauses it resumes, and nothing else.</summary>
public sealed class QuietHostTests : IDisposable
{
    private readonly string _admin = Directory.CreateTempSubdirectory("damon-").FullName;

    [Fact]
    public void A_run_pauses_the_monitors_that_are_on_and_resumes_only_those()
    {
        Monitor(0, "on");
        Monitor(1, "off");

        var output = Run("pause_damon; echo \"paused: $(cat $DAMON_ADMIN/kdamonds/0/state) $(cat $DAMON_ADMIN/kdamonds/1/state)\"; resume_damon");

        Assert.Contains("paused: off off", output);
        Assert.Contains("DAMON monitors paused for this run: " + Path.Combine(_admin, "kdamonds/0/state"), output);
        Assert.Equal("on", State(0));
        Assert.Equal("off", State(1));
    }

    [Fact]
    public void BENCH_KEEP_DAMON_leaves_them_running()
    {
        Monitor(0, "on");

        var output = Run("BENCH_KEEP_DAMON=1 pause_damon; echo \"during: $(cat $DAMON_ADMIN/kdamonds/0/state)\"; resume_damon");

        Assert.Contains("during: on", output);
        Assert.Equal("on", State(0));
    }

    [Fact]
    public void A_machine_without_DAMON_runs_as_before()
    {
        var output = Run("pause_damon; resume_damon; echo done");

        Assert.Equal("done", output.Trim());
    }

    private void Monitor(int index, string state)
    {
        Directory.CreateDirectory(Path.Combine(_admin, "kdamonds", index.ToString()));
        File.WriteAllText(Path.Combine(_admin, "kdamonds", index.ToString(), "state"), state + "\n");
    }

    private string State(int index) => File.ReadAllText(Path.Combine(_admin, "kdamonds", index.ToString(), "state")).Trim();

    // As the benchmarks run it: sourced into a bash with errexit, nounset and pipefail on.
    private string Run(string commands)
    {
        var start = new ProcessStartInfo("bash", ["-c", $"set -euo pipefail; source '{Path.Combine(AppContext.BaseDirectory, "quiet-host.sh")}'; {commands}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["DAMON_ADMIN"] = _admin },
        };
        start.Environment.Remove("BENCH_KEEP_DAMON");
        using var bash = Process.Start(start)!;
        var output = bash.StandardOutput.ReadToEnd();
        var errors = bash.StandardError.ReadToEnd();
        bash.WaitForExit();
        Assert.True(bash.ExitCode == 0, errors);
        return output;
    }

    public void Dispose() => Directory.Delete(_admin, recursive: true);
}
