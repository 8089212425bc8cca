namespace SendPlatform.AppHost.LocalServers;

/// <summary>Where Debian's packages put the servers, with the package to install when one is missing.</summary>
internal static class DebianBinaries
{
    public const string RabbitMqServer = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    public const string Epmd = "/usr/bin/epmd";
    public const string RedisServer = "/usr/bin/redis-server";

    public static string Require(string path, string package) =>
        File.Exists(path) ? path : throw new FileNotFoundException($"{path} is missing: install the Debian package '{package}' (scripts/prerequisites.sh does).");

    /// <summary>The newest PostgreSQL installed (Debian keeps each major version in its own directory).</summary>
    public static string Postgres(string tool)
    {
        const string root = "/usr/lib/postgresql";
        var version = Directory.Exists(root)
            ? Directory.GetDirectories(root).Select(Path.GetFileName).Where(v => int.TryParse(v, out _)).OrderByDescending(v => int.Parse(v!)).FirstOrDefault()
            : null;
        return Require(Path.Combine(root, version ?? "15", "bin", tool), "postgresql");
    }
}
