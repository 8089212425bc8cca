namespace SendPlatform.Bench;

/// <summary>
/// The CPU the whole machine spent over a phase, and which processes spent it, read from Linux's /proc: the machine's
/// busy time from /proc/stat, each process's user and system time from /proc/PID/stat, grouped by program
/// (postgres, RabbitMQ's beam.smp, each service by its assembly). Every part of the platform shares the machine's
/// cores, so the CPU a unit of work (a movement, a list) costs across all of them bounds the rate: at most
/// cores / (CPU per unit). Shared by the benchmarks, each linking this file.
/// Written here because no library reads per-process CPU for other processes portably; it is two /proc files.
/// </summary>
public sealed class MachineCpu
{
    /// <summary>USER_HZ: the unit of /proc's CPU times, 100 on every Linux architecture .NET runs on.</summary>
    private const double TicksPerSecond = 100;

    private readonly long _busy;
    private readonly long _all;
    private readonly Dictionary<int, (string Program, long Ticks)> _processes;

    private MachineCpu(long busy, long all, Dictionary<int, (string Program, long Ticks)> processes)
    {
        _busy = busy;
        _all = all;
        _processes = processes;
    }

    /// <summary>The CPU seconds the machine spent on all its cores, the seconds its cores had in all, and each program's.</summary>
    public sealed record Spent(double Seconds, double MachineSeconds, IReadOnlyList<(string Program, double Seconds)> ByProgram)
    {
        /// <summary>The share of the machine's time it was busy.</summary>
        public double BusyShare => Seconds / Math.Max(1 / TicksPerSecond, MachineSeconds);

        /// <summary>Two phases' spending together (the rounds of one path, taken in turns with another's).</summary>
        public Spent Plus(Spent other) => new(Seconds + other.Seconds, MachineSeconds + other.MachineSeconds,
            ByProgram.Concat(other.ByProgram).GroupBy(p => p.Program).Select(g => (g.Key, g.Sum(p => p.Seconds))).OrderByDescending(p => p.Item2).ToList());
    }

    public static MachineCpu Now()
    {
        // cpu  user nice system idle iowait irq softirq steal ...: idle and iowait are the time not spent.
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8).Select(long.Parse).ToArray();
        var all = fields.Sum();
        var processes = new Dictionary<int, (string, long)>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid)) continue;
            try
            {
                // The name sits in parentheses and may hold spaces; utime and stime are the 12th and 13th fields after it.
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var after = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                processes[pid] = (ProgramOf(directory, stat[(stat.IndexOf('(') + 1)..stat.LastIndexOf(')')]), long.Parse(after[11]) + long.Parse(after[12]));
            }
            catch (IOException)
            {
                // The process ended while it was being read.
            }
        }
        return new MachineCpu(all - fields[3] - fields[4], all, processes);
    }

    /// <summary>What was spent from <paramref name="start"/> to this reading; a process that ended in between is not counted.</summary>
    public Spent Since(MachineCpu start)
    {
        var byProgram = new Dictionary<string, long>();
        foreach (var (pid, (program, ticks)) in _processes)
        {
            var earlier = start._processes.TryGetValue(pid, out var before) && before.Program == program ? before.Ticks : 0;
            byProgram[program] = byProgram.GetValueOrDefault(program) + ticks - earlier;
        }
        return new Spent((_busy - start._busy) / TicksPerSecond, (_all - start._all) / TicksPerSecond,
            byProgram.Where(p => p.Value > 0).OrderByDescending(p => p.Value).Select(p => (p.Key, p.Value / TicksPerSecond)).ToList());
    }

    /// <summary>Each phase's CPU per unit of work (a movement, a list) as a table: the whole machine's, the rate it allows on these cores, and each program's.</summary>
    public static void WriteTable(string unit, IEnumerable<(string Phase, int Count, Spent Cpu)> phases)
    {
        Console.WriteLine($"| path | machine busy | CPU per {unit}, whole machine (ms) | most it allows ({unit}s/s) | per {unit} by program (ms) |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var (phase, count, cpu) in phases)
        {
            var perUnit = cpu.Seconds * 1000 / count;
            Console.WriteLine($"| {phase} | {cpu.BusyShare:P0} | {perUnit:0.00} | {Environment.ProcessorCount * 1000 / perUnit:N0} | " +
                $"{string.Join(", ", cpu.ByProgram.Take(8).Select(p => $"{p.Program} {p.Seconds * 1000 / count:0.00}"))} |");
        }
    }

    private static string ProgramOf(string directory, string name)
    {
        if (name is "postgres" or "beam.smp" or "redis-server") return name == "beam.smp" ? "rabbitmq" : name;
        // The kernel's own threads have no command line; their names change with the work they are doing.
        var argv = File.ReadAllText(Path.Combine(directory, "cmdline")).Split('\0', StringSplitOptions.RemoveEmptyEntries);
        if (argv.Length == 0) return "kernel threads";
        var program = Path.GetFileName(argv[0]);
        // A service run as `dotnet X.dll` is named by its assembly.
        if (program == "dotnet" && argv.Skip(1).FirstOrDefault(a => a.EndsWith(".dll", StringComparison.Ordinal)) is { } assembly)
            program = Path.GetFileName(assembly)[..^".dll".Length];
        return program.StartsWith("SendPlatform.", StringComparison.Ordinal) ? program["SendPlatform.".Length..] : program;
    }
}
