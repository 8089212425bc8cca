using System.Buffers;
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
/// slows the gateway rather than losing a line. One writer drains the queue and writes each drain to the file, so a
/// line outlives a crash of the gateway within one drain of its call; it forces the file to disk (fsync) at most once
/// per Audit:SyncInterval (200 ms unless set; zero forces every drain), so a crash of the machine loses at most that
/// much. Forcing every drain cost the gateway a quarter of its CPU per call under load, in the hypervisor's disk
/// notifications (bench/RESULTS.md, issue #18). A write that fails (a full or missing disk) is retried every second, with an error
/// logged each time, and the gateway's calls wait on the full queue meanwhile: it stops serving rather than serve
/// calls it cannot account for. On shutdown the container disposes the trail after the server has finished its
/// requests, and every queued line is written and forced to disk before the process ends.
/// </summary>
public sealed class AuditTrail : IAsyncDisposable
{
    private readonly Channel<string> _queue;
    private readonly string _directory;
    private readonly TimeProvider _clock;
    private readonly ILogger<AuditTrail> _logger;
    private readonly TimeSpan _syncInterval;
    private readonly Task _writer;
    // The day's file, opened by the writer alone, and since when it holds lines not yet forced to disk.
    private FileStream? _file;
    private DateOnly _day;
    private long? _unsyncedSince;
    private int _unsyncedLines;
    private long _linesOnDisk;

    private static ReadOnlySpan<byte> NewLine => "\n"u8;

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
        _syncInterval = configuration.GetValue("Audit:SyncInterval", TimeSpan.FromMilliseconds(200)) is { Ticks: >= 0 } interval ? interval
            : throw new InvalidOperationException("Audit:SyncInterval must not be negative: how long a written line may wait to be forced to disk.");
        _clock = clock;
        _logger = logger;
        _writer = Task.Run(WriteAllAsync);
    }

    /// <summary>Queues one line; completes at once unless the writer is a full queue behind.</summary>
    public ValueTask WriteAsync(string line) => _queue.Writer.WriteAsync(line);

    /// <summary>How many lines have been forced to disk since the trail started.</summary>
    public long LinesOnDisk => Interlocked.Read(ref _linesOnDisk);

    private async Task WriteAllAsync()
    {
        // Each drain's lines are encoded into this one buffer, kept from drain to drain, and written from it.
        var lines = new ArrayBufferWriter<byte>(1 << 16);
        // Ends when the queue is completed and empty.
        while (await NextLinesAsync())
        {
            lines.ResetWrittenCount();
            var count = 0;
            for (; lines.WrittenCount < 1 << 20 && _queue.Reader.TryRead(out var line); count++)
            {
                Encoding.UTF8.GetBytes(line, lines);
                lines.Write(NewLine);
            }
            if (count > 0)
            {
                await UntilDoneAsync(() => Append(lines.WrittenSpan));
                _unsyncedSince ??= _clock.GetTimestamp();
                _unsyncedLines += count;
            }
            if (_unsyncedSince is { } since && _clock.GetElapsedTime(since) >= _syncInterval) await UntilDoneAsync(Sync);
        }
        if (_unsyncedSince is not null) await UntilDoneAsync(Sync);
        _file?.Dispose();
    }

    /// <summary>
    /// Waits for lines; while some written lines are not yet on disk, only until they are due there. False once the
    /// queue is completed and empty.
    /// </summary>
    private async Task<bool> NextLinesAsync()
    {
        if (_unsyncedSince is not { } since) return await _queue.Reader.WaitToReadAsync();
        var due = _syncInterval - _clock.GetElapsedTime(since);
        if (due <= TimeSpan.Zero) return true;
        using var timeout = new CancellationTokenSource(due, _clock);
        try
        {
            return await _queue.Reader.WaitToReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return true;
        }
    }

    private async Task UntilDoneAsync(Action step)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                step();
                return;
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

    private void Append(ReadOnlySpan<byte> bytes)
    {
        var today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);
        if (_file is null || today != _day)
        {
            // The day's last lines go to disk before its file is closed.
            if (_file is not null && _unsyncedSince is not null) Sync();
            _file?.Dispose();
            _file = Open(today);
            _day = today;
        }
        _file.Write(bytes);
    }

    private void Sync()
    {
        // A file reopened after a failure is forced all the same: the lines written through the old handle are in the same file's pages.
        _file ??= Open(_day);
        _file.Flush(flushToDisk: true);
        Interlocked.Add(ref _linesOnDisk, _unsyncedLines);
        _unsyncedLines = 0;
        _unsyncedSince = null;
    }

    /// <summary>The day's file, unbuffered, so each drain reaches the operating system as it is written.</summary>
    private FileStream Open(DateOnly day) =>
        new(Path.Combine(_directory, $"audit-{day:yyyy-MM-dd}.log"), FileMode.Append, FileAccess.Write, FileShare.Read, bufferSize: 0);

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
    }
}
