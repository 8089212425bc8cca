using System.Diagnostics;

namespace SendPlatform.TestKit.Servers;

/// <summary>A child process whose output goes to a callback line by line, and which is stopped with its whole tree.</summary>
public sealed class ManagedProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ManagedProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public Task WaitForExitAsync(CancellationToken cancellationToken) => _process.WaitForExitAsync(cancellationToken);

    public static ManagedProcess Start(string fileName, IEnumerable<string> arguments, IDictionary<string, string?> environment,
        string workingDirectory, Action<string> onOutput, string? runAsUser = null)
    {
        var info = new ProcessStartInfo
        {
            FileName = runAsUser is null ? fileName : "runuser",
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (runAsUser is not null)
        {
            foreach (var a in new[] { "-u", runAsUser, "--", fileName }) info.ArgumentList.Add(a);
        }
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        foreach (var (key, value) in environment) info.Environment[key] = value;
        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) onOutput(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) onOutput(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ManagedProcess(process);
    }

    /// <summary>Asks politely (SIGTERM), then kills the tree after the grace period.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        if (_process.HasExited) return;
        try
        {
            Posix.Terminate(_process.Id);
            using var timeout = new CancellationTokenSource(grace);
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        catch (InvalidOperationException)
        {
            // Exited between the check and the signal.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(TimeSpan.FromSeconds(10));
        _process.Dispose();
    }
}
