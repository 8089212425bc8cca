using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using MassTransit.RabbitMqTransport;
using RabbitMQ.Client;

namespace SendPlatform.ServiceDefaults.Messaging.Redelivery;

/// <summary>
/// Counts the poison messages in each of this service's durable consumer queues, for the health check and a gauge
/// tagged by queue. Counts come from the broker, so they survive restarts and fall to zero once the messages are
/// replayed. A count older than MaxAge is refreshed on the next read; while the broker is unreachable the last counts
/// stand. A temporary queue (a replica's notices) is not watched: its error queue would outlive the replica, one more
/// per restart, and the copy it refreshes has a bounded staleness of its own.
/// </summary>
public sealed class PoisonMessageMonitor : IAsyncDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(10);

    private readonly ConnectionFactory _factory;
    private readonly TimeProvider _clock;
    private readonly ConcurrentDictionary<string, uint> _counts = new();
    private readonly ConcurrentDictionary<string, Func<ReceiveSettings>> _queues = new();
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private IConnection? _connection;
    private DateTimeOffset _countedAt = DateTimeOffset.MinValue;

    public PoisonMessageMonitor(string connectionString, TimeProvider clock, IMeterFactory meters)
    {
        _factory = new ConnectionFactory { Uri = new Uri(connectionString), ClientProvidedName = "poison-message-monitor" };
        _clock = clock;
        meters.Create(MessagingTelemetry.MeterName).CreateObservableGauge("send.messaging.poison_messages",
            () => _counts.Select(c => new Measurement<long>(c.Value, new KeyValuePair<string, object?>("queue", c.Key))),
            "{message}", "Messages parked in a consumer's _error queue, waiting to be fixed and replayed.");
    }

    /// <summary>
    /// Adds a consumer queue to watch, called as MassTransit configures each receive endpoint; its settings are read at
    /// the first count, once its consumers' definitions have set them.
    /// </summary>
    public void Track(string queue, Func<ReceiveSettings> settings) => _queues.TryAdd(queue, settings);

    /// <summary>Whether the broker answered the last count.</summary>
    public bool Reachable { get; private set; } = true;

    /// <summary>The counts per consumer queue, refreshed from the broker if older than MaxAge.</summary>
    public async Task<IReadOnlyDictionary<string, uint>> CountsAsync(CancellationToken cancellationToken)
    {
        if (_clock.GetUtcNow() - _countedAt > MaxAge && await _refreshing.WaitAsync(0, cancellationToken))
        {
            try
            {
                _connection ??= await _factory.CreateConnectionAsync(cancellationToken);
                // A lost connection is recovering, not open: the broker is away even with no queue to count.
                if (!_connection.IsOpen) throw new InvalidOperationException("The connection to RabbitMQ is lost.");
                foreach (var (queue, settings) in _queues)
                {
                    var receive = settings();
                    if (!receive.Durable || receive.AutoDelete) continue;
                    _counts[queue] = await new ErrorQueue(_connection, queue)
                        .DeclareAndCountAsync(receive.QueueArguments.ToDictionary(a => a.Key, a => (object?)a.Value), cancellationToken);
                }
                Reachable = true;
                _countedAt = _clock.GetUtcNow();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Reachable = false;
                if (_connection is { IsOpen: false }) await DisposeConnectionAsync();
            }
            finally
            {
                _refreshing.Release();
            }
        }
        return _counts.ToDictionary();
    }

    private async Task DisposeConnectionAsync()
    {
        var connection = Interlocked.Exchange(ref _connection, null);
        if (connection is not null) await connection.DisposeAsync();
    }

    public async ValueTask DisposeAsync() => await DisposeConnectionAsync();
}
