using System.Text;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace SendPlatform.ServiceDefaults.Messaging.Redelivery;

/// <summary>A message MassTransit parked in a consumer's _error queue: what it was, who failed on it, and why.</summary>
public sealed record PoisonMessage(string? MessageId, string? MessageType, string? Consumer, string? ExceptionType, string? Reason, string? FaultedAt);

/// <summary>
/// A consumer queue's poison messages (MassTransit's "&lt;queue&gt;_error"): counted for health and metrics, listed and
/// replayed by an operator once the cause is fixed (scripts/replay-errors.sh). Replaying moves each message back to its
/// queue without the fault headers and with a fresh redelivery schedule, acknowledging it only once the broker has
/// confirmed the copy, so a crash mid-replay can duplicate (the inbox absorbs that) but never lose a message.
/// </summary>
public sealed class ErrorQueue(IConnection connection, string queue)
{
    public string Queue { get; } = queue;
    public string Name { get; } = queue + "_error";

    /// <summary>How many messages are parked; 0 when the queue has never had one (and so was never declared).</summary>
    public async Task<uint> CountAsync(CancellationToken cancellationToken = default)
    {
        // A passive declare of a missing queue closes its channel, so each count has its own.
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            return (await channel.QueueDeclarePassiveAsync(Name, cancellationToken)).MessageCount;
        }
        catch (OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == 404)
        {
            return 0;
        }
    }

    /// <summary>
    /// How many messages are parked, declaring the queue as MassTransit will on the consumer's first fault (its queue's
    /// durability and arguments, never exclusive or auto-deleted), so a consumer that has never failed costs the broker
    /// no "not found" error in its log on every count.
    /// </summary>
    public async Task<uint> DeclareAndCountAsync(IDictionary<string, object?> arguments, CancellationToken cancellationToken = default)
    {
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        return (await channel.QueueDeclareAsync(Name, durable: true, exclusive: false, autoDelete: false, arguments, cancellationToken: cancellationToken))
            .MessageCount;
    }

    /// <summary>Up to max parked messages, oldest first, left where they are.</summary>
    public async Task<IReadOnlyList<PoisonMessage>> ListAsync(int max, CancellationToken cancellationToken = default)
    {
        var count = await CountAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        var listed = new List<PoisonMessage>();
        ulong lastTag = 0;
        while (listed.Count < Math.Min(max, count) && await channel.BasicGetAsync(Name, autoAck: false, cancellationToken) is { } message)
        {
            lastTag = message.DeliveryTag;
            var headers = message.BasicProperties.Headers ?? new Dictionary<string, object?>();
            listed.Add(new PoisonMessage(message.BasicProperties.MessageId, Header(headers, "MT-Fault-MessageType"),
                Header(headers, "MT-Fault-ConsumerType"), Header(headers, "MT-Fault-ExceptionType"), Header(headers, "MT-Fault-Message"),
                Header(headers, "MT-Fault-Timestamp")));
        }
        if (lastTag > 0) await channel.BasicNackAsync(lastTag, multiple: true, requeue: true, cancellationToken);
        return listed;
    }

    /// <summary>Moves every message parked now back to its queue; returns how many. Messages that fail again park again.</summary>
    public async Task<int> ReplayAsync(CancellationToken cancellationToken = default)
    {
        var parked = await CountAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        var replayed = 0;
        while (replayed < parked && await channel.BasicGetAsync(Name, autoAck: false, cancellationToken) is { } message)
        {
            var properties = new BasicProperties(message.BasicProperties)
            {
                Headers = (message.BasicProperties.Headers ?? new Dictionary<string, object?>())
                    .Where(h => !h.Key.StartsWith("MT-Fault-", StringComparison.Ordinal) && h.Key is not ("MT-Reason" or WaitQueues.RedeliveryCountHeader))
                    .ToDictionary(h => h.Key, h => h.Value),
            };
            await channel.BasicPublishAsync("", Queue, mandatory: true, properties, message.Body, cancellationToken);
            await channel.BasicAckAsync(message.DeliveryTag, multiple: false, cancellationToken);
            replayed++;
        }
        return replayed;
    }

    private static string? Header(IDictionary<string, object?> headers, string name) => headers.TryGetValue(name, out var value)
        ? value switch { byte[] bytes => Encoding.UTF8.GetString(bytes), null => null, _ => value.ToString() }
        : null;
}
