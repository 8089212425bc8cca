using MassTransit;
using MassTransit.RabbitMqTransport;
using RabbitMQ.Client;
using SendPlatform.ServiceDefaults.Errors;

namespace SendPlatform.ServiceDefaults.Messaging.Redelivery;

/// <summary>
/// Delays a message by parking a copy in a queue that holds it for a fixed time and then dead-letters it straight
/// back to its own queue. Hand-written because MassTransit's delayed redelivery needs a message scheduler (RabbitMQ's
/// delayed-exchange plugin, or Quartz), neither of which this platform runs; message TTL and dead-lettering are core
/// RabbitMQ. One wait queue per delay (a queue's messages expire in order, so one queue cannot hold mixed delays),
/// named for it, so changing the schedule adds queues rather than redeclaring one with other arguments. A wait queue
/// unused for a day deletes itself.
/// </summary>
public static class WaitQueues
{
    /// <summary>
    /// A transport header of its own: MassTransit's GetRedeliveryCount reads the envelope's headers, in the body,
    /// which a parked copy keeps unchanged.
    /// </summary>
    public const string RedeliveryCountHeader = "Send-Redelivery-Count";

    public static int RedeliveryCount(ReceiveContext received) => received.TransportHeaders.Get(RedeliveryCountHeader, default(int?)) ?? 0;

    public static string NameFor(string queue, TimeSpan delay) => $"{queue}_wait-{(long)delay.TotalSeconds}s";

    /// <summary>The queue a message was received from, from its input address (rabbitmq://host/vhost/queue?args).</summary>
    public static string QueueOf(Uri inputAddress) => inputAddress.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1];

    /// <summary>
    /// Waits out a transient failure: parks the message for the schedule's next delay and returns which redelivery it
    /// will be and after how long; null when the failure is not transient or the schedule is spent (the message is poison).
    /// </summary>
    public static async Task<(int Redelivery, TimeSpan Delay)?> TryWaitOutAsync(ReceiveContext received, Exception failure, IReadOnlyList<TimeSpan> schedule,
        CancellationToken cancellationToken)
    {
        var redeliveries = RedeliveryCount(received);
        if (!TransientFailures.IsTransient(failure) || redeliveries >= schedule.Count) return null;
        await ParkAsync(received, schedule[redeliveries], redeliveries + 1, cancellationToken);
        return (redeliveries + 1, schedule[redeliveries]);
    }

    /// <summary>Publishes the received message, unchanged but for its redelivery count, to wait out the delay.</summary>
    public static async Task ParkAsync(ReceiveContext received, TimeSpan delay, int redeliveryCount, CancellationToken cancellationToken)
    {
        var channel = received.GetPayload<ChannelContext>();
        var delivery = received.GetPayload<RabbitMqBasicConsumeContext>();
        var queue = QueueOf(received.InputAddress);
        var waitQueue = NameFor(queue, delay);
        await channel.QueueDeclare(waitQueue, durable: true, exclusive: false, autoDelete: false, new Dictionary<string, object>
        {
            ["x-message-ttl"] = (long)delay.TotalMilliseconds,
            ["x-dead-letter-exchange"] = "",
            ["x-dead-letter-routing-key"] = queue,
            ["x-expires"] = (long)(delay + TimeSpan.FromDays(1)).TotalMilliseconds,
        }, cancellationToken);
        var properties = new BasicProperties(delivery.Properties)
        {
            Expiration = null,
            Headers = CopyHeaders(delivery.Properties.Headers),
        };
        properties.Headers[RedeliveryCountHeader] = redeliveryCount;
        await channel.BasicPublishAsync("", waitQueue, mandatory: true, properties, received.GetBody(), awaitAck: true, cancellationToken);
    }

    // RabbitMQ's own dead-letter history would grow with every round trip; the redelivery count is what is kept.
    private static Dictionary<string, object?> CopyHeaders(IDictionary<string, object?>? headers) =>
        (headers ?? new Dictionary<string, object?>())
            .Where(h => !h.Key.StartsWith("x-death", StringComparison.Ordinal) && !h.Key.StartsWith("x-first-death", StringComparison.Ordinal)
                && !h.Key.StartsWith("x-last-death", StringComparison.Ordinal))
            .ToDictionary(h => h.Key, h => h.Value);
}
