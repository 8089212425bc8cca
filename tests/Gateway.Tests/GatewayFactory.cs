using System.Net;
using Microsoft.AspNetCore.Builder;
using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SendPlatform.Gateway.Audit;
using SendPlatform.TestKit;

namespace SendPlatform.Gateway.Tests;

/// <summary>The gateway in-process, routing to services at the addresses given, with every log line captured and its audit trail in a folder of its own.</summary>
public sealed class GatewayFactory(string environment, IReadOnlyDictionary<string, string> serviceAddresses, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<AuditMiddleware>
{
    public ConcurrentQueue<string> Logs { get; } = new();

    /// <summary>Where this gateway's audit trail is written.</summary>
    public string AuditDirectory { get; } = Path.Combine(Path.GetTempPath(), "send-audit-" + Guid.NewGuid().ToString("N"));

    /// <summary>The audit lines written to disk so far.</summary>
    public IReadOnlyList<string> AuditLines => Directory.Exists(AuditDirectory)
        ? [.. Directory.GetFiles(AuditDirectory, "audit-*.log").Order().SelectMany(ReadShared)]
        : [];

    // The writer holds the day's file open, so it is read with sharing.
    private static IEnumerable<string> ReadShared(string path)
    {
        using var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The address every request comes from: the in-memory server has no socket, so the test says (loopback unless set).</summary>
    public IPAddress CallerAddress { get; init; } = IPAddress.Loopback;

    /// <summary>More services for the gateway's host, e.g. a telemetry capture.</summary>
    public Action<IServiceCollection>? MoreServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Auth:Issuer", TestTokens.Issuer);
        builder.UseSetting("Auth:Audience", TestTokens.Audience);
        // The shared key is for Development only; elsewhere the gateway trusts an authority (never reached by these tests).
        if (environment == Environments.Development)
        {
            builder.UseSetting("Auth:SigningKey", TestTokens.SigningKey);
            builder.UseSetting("DevTokens:Enabled", "true");
        }
        else builder.UseSetting("Auth:Authority", "https://login.invalid");
        builder.UseSetting("Audit:Directory", AuditDirectory);
        foreach (var (name, address) in serviceAddresses) builder.UseSetting($"services:{name}:http:0", address);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
        {
            services.AddLogging(logging => logging.AddProvider(new CapturingLoggerProvider(Logs)));
            services.AddTransient<IStartupFilter>(_ => new CallerAddressFilter(CallerAddress));
            MoreServices?.Invoke(services);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(AuditDirectory)) Directory.Delete(AuditDirectory, recursive: true);
    }

    private sealed class CallerAddressFilter(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    private sealed class CapturingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new CapturingLogger(lines);

        public void Dispose() { }
    }

    private sealed class CapturingLogger(ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue(formatter(state, exception));
    }
}
