using System.Diagnostics;
using System.Text.RegularExpressions;
using SendPlatform.TestKit;

namespace SendPlatform.EndToEnd.Tests;

/// <summary>
/// docs/partners.md as a partner would follow it: its bash blocks, in order, in one shell against the running
/// platform's gateway, with buf from scripts/contracts.sh for the gRPC step. What each step printed is returned for
/// the test to check.
/// </summary>
public static partial class PartnerQuickStart
{
    public static async Task<string> RunAsync(Uri rest, Uri grpc)
    {
        var guide = await File.ReadAllTextAsync(Path.Combine(TestDirectory.Repository, "docs", "partners.md"));
        var script = string.Join('\n', BashBlock().Matches(guide).Select(m => m.Groups[1].Value));
        var bufFolder = (await RunAsync("bash", ["scripts/contracts.sh", "buf-path"], [])).Trim();
        return await RunAsync("bash", ["-euo", "pipefail", "-c", script],
        [
            ("GATEWAY", rest.ToString().TrimEnd('/')),
            ("GATEWAY_GRPC", $"{grpc.Host}:{grpc.Port}"),
            ("PATH", bufFolder + ":" + Environment.GetEnvironmentVariable("PATH")),
        ]);
    }

    private static async Task<string> RunAsync(string file, string[] arguments, (string Name, string Value)[] environment)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = TestDirectory.Repository };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        foreach (var (name, value) in environment) info.Environment[name] = value;
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', arguments.Take(2))} failed ({process.ExitCode}): {await error}\n{await output}");
        return await output;
    }

    [GeneratedRegex("```bash\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex BashBlock();
}
