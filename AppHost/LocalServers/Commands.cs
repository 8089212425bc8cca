using System.Diagnostics;

namespace SendPlatform.AppHost.LocalServers;

/// <summary>Short set-up commands run before a server starts (initdb, chown), as another user where needed.</summary>
internal static class Commands
{
    public static bool IsRoot => Environment.UserName == "root";

    public static async Task RunAsync(string file, IEnumerable<string> arguments, CancellationToken cancellationToken,
        string? asUser = null, bool allowFailure = false)
    {
        var info = new ProcessStartInfo(asUser is null ? file : "runuser")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (asUser is not null) foreach (var a in new[] { "-u", asUser, "--", file }) info.ArgumentList.Add(a);
        foreach (var a in arguments) info.ArgumentList.Add(a);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0 && !allowFailure)
            throw new InvalidOperationException($"{Path.GetFileName(file)} failed ({process.ExitCode}): {await error}{await output}");
    }
}
