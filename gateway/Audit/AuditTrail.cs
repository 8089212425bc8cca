using System.Text;
using System.Threading.Channels;

namespace SendPlatform.Gateway.Audit;

/// <summary>
/// The gateway's audit trail: one line per call, appended to a file per UTC day (audit-yyyy-MM-dd.log) in
/// Audit:Directory, the volume a deployment's log shipper collects from.
/// Written here rather than through ILogger for three reasons, measured or read in the code they replace:
/// - OpenTelemetry's batch export drops records when its queue is full, and an audit line must never be dropped.
/// - Exporting a record per request made the telemetry collector the platform's largest user of CPU under load
///   (bench/RESULTS.md, issue #18).
/// - A log level set in configuration would have silenced it.
/// A request hands its line to a bounded queue and goes on; when the queue is full the request waits, so the trail
/// slows the gateway rather than losing a line. One writer drains the queue and flushes to disk after each drain,
/// so a line is durable within one drain of its call. A write that fails (a full or missing disk) is retried every
/// second, with an error logged each time, and the gateway's calls wait on the full queue meanwhile: it stops serving
/// rather than serve calls it cannot account for. On shutdown the container disposes the trail after the server
/// has finished its requests, and every queued line is written before the process ends.
/// </summary>
public sealed class AuditTrail : IAsyncDisposable
{
    private readonly Channel<string> _queue;
    private readonly string _directory;
    private readonly TimeProvider _clock;
    private readonly ILogger<AuditTrail> _logger;
    private readonly Task _writer;
    // The day's file, opened by the writer alone.
    private FileStream? _file;
    private DateOnly _day;

    public AuditTrail(IConfiguration configuration, IHostEnvironment environment, TimeProvider clock, ILogger<AuditTrail> logger)
    {
        _directory = configuration["Audit:Directory"] is { Length: > 0 } directory ? Path.GetFullPath(directory, environment.ContentRootPath)
            : throw new InvalidOperationException("Audit:Directory is not set: the gateway keeps an audit trail of every call and needs a directory for it.");
        Directory.CreateDirectory(_directory);
        var queueLength = configuration.GetValue("Audit:QueueLength", 10_000) is > 0 and var length ? length
            : throw new InvalidOperationException("Audit:QueueLength must be at least 1: the lines a call may leave for the writer before it waits.");
        _queue = Channel.CreateBounded<string>(new BoundedChannelOptions(queueLength)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
        _clock = clock;
        _logger = logger;
        _writer = Task.Run(WriteAllAsync);
    }

    /// <summary>Queues one line; completes at once unless the writer is a full queue behind.</summary>
    public ValueTask WriteAsync(string line) => _queue.Writer.WriteAsync(line);

    private async Task WriteAllAsync()
    {
        var lines = new StringBuilder();
        // Ends when the queue is completed and empty.
        while (await _queue.Reader.WaitToReadAsync())
        {
            lines.Clear();
            while (lines.Length < 1 << 20 && _queue.Reader.TryRead(out var line)) lines.Append(line).Append('\n');
            var bytes = Encoding.UTF8.GetBytes(lines.ToString());
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await AppendAsync(bytes);
                    break;
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    _logger.LogError(ex, "The audit trail could not be written to {Directory} (attempt {Attempt}); calls wait until it can", _directory, attempt);
                    _file?.Dispose();
                    _file = null;
                    await Task.Delay(TimeSpan.FromSeconds(1), _clock);
                }
            }
        }
        _file?.Dispose();
    }

    private async Task AppendAsync(byte[] bytes)
    {
        var today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);
        if (_file is null || today != _day)
        {
            _file?.Dispose();
            _file = new FileStream(Path.Combine(_directory, $"audit-{today:yyyy-MM-dd}.log"), FileMode.Append, FileAccess.Write, FileShare.Read);
            _day = today;
        }
        await _file.WriteAsync(bytes);
        _file.Flush(flushToDisk: true);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
    }
}
