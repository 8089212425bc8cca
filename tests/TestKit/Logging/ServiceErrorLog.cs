using Microsoft.Extensions.Logging;

namespace SendPlatform.TestKit.Logging;

/// <summary>
/// Appends every error an in-process service logs to one file per test assembly in the folder that
/// SEND_SERVICE_LOG_DIR names (scripts/test.sh sets it and prints the files when a run fails), so a CI failure such
/// as an HTTP 500 shows the exception behind it. Hand-written because Microsoft.Extensions.Logging ships no file
/// provider and a logging library would be a dependency for a dozen lines. The data here is synthetic test data.
/// </summary>
public sealed class ServiceErrorLog(string path, string service) : ILoggerProvider
{
    private static readonly Lock Gate = new();

    public static ServiceErrorLog? FromEnvironment(string service)
    {
        var folder = Environment.GetEnvironmentVariable("SEND_SERVICE_LOG_DIR");
        if (string.IsNullOrEmpty(folder)) return null;
        Directory.CreateDirectory(folder);
        var tests = AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name).FirstOrDefault(n => n?.EndsWith(".Tests") == true);
        return new ServiceErrorLog(Path.Combine(folder, $"{tests ?? "tests"}-{Environment.ProcessId}.log"), service);
    }

    public ILogger CreateLogger(string categoryName) => new Writer(this, service, categoryName);

    public void Dispose()
    {
    }

    private void Append(string line)
    {
        lock (Gate) File.AppendAllText(path, line + Environment.NewLine);
    }

    private sealed class Writer(ServiceErrorLog log, string service, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            log.Append($"{DateTimeOffset.UtcNow:HH:mm:ss.fff} {logLevel} {service} {category}: {formatter(state, exception)}"
                       + (exception is null ? "" : Environment.NewLine + exception));
        }
    }
}
