namespace SendPlatform.TestKit.Servers;

/// <summary>Where Debian's packages put the server binaries.</summary>
internal static class Binaries
{
    public static string Require(string path, string package) =>
        File.Exists(path) ? path : throw new MissingBinaryException(path, package);

    public static string PostgresBin(string tool)
    {
        var root = "/usr/lib/postgresql";
        var version = Directory.Exists(root)
            ? Directory.GetDirectories(root).Select(Path.GetFileName).Where(v => int.TryParse(v, out _)).OrderByDescending(v => int.Parse(v!)).FirstOrDefault()
            : null;
        return Require(Path.Combine(root, version ?? "15", "bin", tool), "postgresql");
    }
}
