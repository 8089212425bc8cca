namespace SendPlatform.AppHost.LocalServers;

/// <summary>
/// AppHost's own options, taken off the command line before Aspire sees the rest: `--data DIR` keeps the servers'
/// data elsewhere (default .apphost/ in the repository, git-ignored); `--reset` wipes it first; `--port-offset N` adds
/// N to every fixed port (servers, gateway, dashboard), so a second copy, or an end-to-end test, runs beside the first.
/// </summary>
public sealed record LocalRun(string DataDirectory, int PortOffset, string[] AspireArgs)
{
    public static LocalRun FromArgs(string[] args)
    {
        var rest = new List<string>();
        string? data = null;
        var offset = 0;
        var reset = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--reset": reset = true; break;
                case "--data" when i + 1 < args.Length: data = args[++i]; break;
                case "--port-offset" when i + 1 < args.Length && int.TryParse(args[i + 1], out var n) && n is >= 0 and <= 20000:
                    offset = n;
                    i++;
                    break;
                case "--port-offset":
                    throw new ArgumentException("--port-offset takes a whole number from 0 to 20000.");
                default: rest.Add(args[i]); break;
            }
        }
        var directory = Path.GetFullPath(data ?? Path.Combine(RepositoryRoot(), ".apphost"));
        if (reset && Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        Directory.CreateDirectory(directory);
        return new LocalRun(directory, offset, [.. rest]);
    }

    public int Port(int port) => port + PortOffset;

    public string DataFor(string resource) => Path.Combine(DataDirectory, resource);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SendPlatform.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("SendPlatform.sln was not found above " + AppContext.BaseDirectory);
    }
}
