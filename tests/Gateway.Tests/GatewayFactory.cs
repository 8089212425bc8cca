using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SendPlatform.Gateway.Audit;
using SendPlatform.TestKit;

namespace SendPlatform.Gateway.Tests;

/// <summary>The gateway in-process, routing to services at the addresses given, with every log line captured.</summary>
public sealed class GatewayFactory(string environment, IReadOnlyDictionary<string, string> serviceAddresses, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<AuditMiddleware>
{
    public ConcurrentQueue<string> Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Auth:Issuer", TestTokens.Issuer);
        builder.UseSetting("Auth:Audience", TestTokens.Audience);
        builder.UseSetting("Auth:SigningKey", TestTokens.SigningKey);
        foreach (var (name, address) in serviceAddresses) builder.UseSetting($"services:{name}:http:0", address);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) builder.UseSetting(key, value);
        builder.ConfigureServices(services => services.AddLogging(logging => logging.AddProvider(new CapturingLoggerProvider(Logs))));
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
