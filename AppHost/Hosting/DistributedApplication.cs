using System.Runtime.InteropServices;
using SendPlatform.AppHost.Hosting.Infrastructure;

namespace SendPlatform.AppHost.Hosting;

/// <summary>
/// Starts every resource once what it waits for is healthy (independent ones together), prints the resource
/// table, and on Ctrl+C or SIGTERM stops everything it started, in reverse order.
/// </summary>
public sealed class DistributedApplication(IReadOnlyList<Resource> resources)
{
    private readonly AppHostOutput _output = new();

    public int Run()
    {
        using var stopping = new CancellationTokenSource();
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        var exitCode = RunAsync(stopping.Token).GetAwaiter().GetResult();
        return exitCode;

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stopping.Cancel();
        }
    }

    private async Task<int> RunAsync(CancellationToken stopping)
    {
        var started = new List<Resource>();
        var exitCode = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            var tasks = new Dictionary<Resource, Task>();
            foreach (var resource in resources) tasks[resource] = StartWhenReadyAsync(resource, tasks, started, stopping);
            await Task.WhenAll(tasks.Values);
            PrintTable($"All {resources.Count} resources healthy in {clock.Elapsed.TotalSeconds:0.0} s. Ctrl+C stops everything.");
            var projects = resources.OfType<ProjectResource>().Select(async p =>
            {
                await p.WaitForExitAsync(stopping);
                if (!stopping.IsCancellationRequested) { p.State = ResourceState.Exited; _output.Line("apphost", $"{p.Name} exited."); }
            });
            await Task.WhenAll(projects);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        catch (Exception ex) when (ex is MissingBinaryException or FileNotFoundException or TimeoutException or InvalidOperationException)
        {
            Console.Error.WriteLine($"[apphost] {ex.Message}");
            exitCode = 1;
        }
        finally
        {
            _output.Line("apphost", "Stopping...");
            foreach (var resource in Enumerable.Reverse(started))
            {
                await resource.StopAsync();
                resource.State = ResourceState.Stopped;
            }
            _output.Line("apphost", "Stopped everything it started.");
        }
        return exitCode;
    }

    private async Task StartWhenReadyAsync(Resource resource, Dictionary<Resource, Task> tasks, List<Resource> started, CancellationToken stopping)
    {
        await Task.Yield();
        await Task.WhenAll(resource.WaitsFor.Select(d => tasks[d]));
        resource.State = ResourceState.Starting;
        lock (started) started.Add(resource);
        try
        {
            await resource.StartAsync(_output, stopping);
            resource.State = ResourceState.Running;
            _output.Line("apphost", $"{resource.Name} is healthy {resource.Url}");
        }
        catch
        {
            resource.State = ResourceState.Failed;
            throw;
        }
    }

    private void PrintTable(string heading)
    {
        Console.WriteLine();
        Console.WriteLine(heading);
        Console.WriteLine($"  {"resource",-22} {"state",-9} url");
        foreach (var r in resources) Console.WriteLine($"  {r.Name,-22} {r.State,-9} {r.Url}");
        Console.WriteLine();
    }
}
