using System.Diagnostics;

namespace SendPlatform.Bench.Tests;

public sealed class MachineCpuTests
{
    [Fact]
    public void Two_phases_together_add_each_programs_seconds_and_the_machines()
    {
        var first = new MachineCpu.Spent(3, 10, [("postgres", 1.5), ("InclusionPlans", 0.75)]);
        var second = new MachineCpu.Spent(2, 10, [("InclusionPlans", 0.5), ("Gateway", 2)]);

        var together = first.Plus(second);

        Assert.Equal(5, together.Seconds);
        Assert.Equal(20, together.MachineSeconds);
        Assert.Equal(0.25, together.BusyShare, 10);
        Assert.Equal([("Gateway", 2.0), ("postgres", 1.5), ("InclusionPlans", 1.25)], together.ByProgram);
    }

    [Fact]
    public void The_cpu_this_process_spends_is_counted_to_its_program()
    {
        var start = MachineCpu.Now();
        var spinning = Process.GetCurrentProcess().TotalProcessorTime;
        // A quarter of a CPU second is 25 of /proc's ticks: enough not to be lost to their rounding.
        while ((Process.GetCurrentProcess().TotalProcessorTime - spinning).TotalSeconds < 0.25) { }
        var spent = MachineCpu.Now().Since(start);

        // dotnet test runs the tests in `dotnet testhost.dll`, which is named by its assembly.
        var program = Assert.Single(spent.ByProgram, p => p.Program == "testhost");
        Assert.InRange(program.Seconds, 0.2, spent.Seconds);
        Assert.InRange(spent.Seconds, 0.2, spent.MachineSeconds);
    }
}
