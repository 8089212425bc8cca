namespace SendPlatform.TestKit;

public static class TestDirectory
{
    /// <summary>The repository's root (where SendPlatform.sln is), for tests that read its files or run its scripts.</summary>
    public static string Repository { get; } = FindRepository();

    private static string FindRepository()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "SendPlatform.sln"))) root = root.Parent!;
        return root.FullName;
    }

    /// <summary>A new temporary folder that other users can enter: PostgreSQL runs as the postgres user inside it.</summary>
    public static string Create(string prefix)
    {
        var path = Directory.CreateTempSubdirectory(prefix).FullName;
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
                                       UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }
        return path;
    }
}
