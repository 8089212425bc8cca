using System.Collections.Concurrent;
using System.Text.Json;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace SendPlatform.Bench.Movements;

/// <summary>
/// Counts distinct movement events reaching the broker, from a queue of its own bound to the events' exchanges: one
/// movement recorded alone leaves as PupilMoved, a chunk of a return as one PupilsMoved carrying each movement's
/// event. A movement counts as delivered only once its event is there. Each event's first arrival is kept, the start
/// of its consumers' lag (ConsumerLag).
/// </summary>
public sealed class EventCounter : IAsyncDisposable
{
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _seen = new();
    private IConnection _connection = null!;
    private IChannel _channel = null!;

    public int Count => _seen.Count;

    public IReadOnlyDictionary<Guid, DateTimeOffset> Arrivals => _seen;

    public static async Task<EventCounter> StartAsync(string amqp)
    {
        var counter = new EventCounter();
        counter._connection = await new ConnectionFactory { Uri = new Uri(amqp) }.CreateConnectionAsync();
        counter._channel = await counter._connection.CreateChannelAsync();
        var queue = await counter._channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true);
        foreach (var exchange in new[] { "SendPlatform.Contracts.IntegrationEvents:PupilMoved", "SendPlatform.Contracts.IntegrationEvents:PupilsMoved" })
        {
            await counter._channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
            await counter._channel.QueueBindAsync(queue.QueueName, exchange, "");
        }
        var consumer = new AsyncEventingBasicConsumer(counter._channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            using var envelope = JsonDocument.Parse(delivery.Body);
            var arrived = DateTimeOffset.UtcNow;
            var message = envelope.RootElement.GetProperty("message");
            if (message.TryGetProperty("movements", out var movements))
                foreach (var movement in movements.EnumerateArray()) counter._seen.TryAdd(movement.GetProperty("eventId").GetGuid(), arrived);
            else counter._seen.TryAdd(envelope.RootElement.GetProperty("messageId").GetGuid(), arrived);
            return Task.CompletedTask;
        };
        await counter._channel.BasicConsumeAsync(queue.QueueName, autoAck: true, consumer);
        return counter;
    }

    public async Task WaitForAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Count < count)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"only {Count} of {count} movement events arrived in {timeout}");
            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.CloseAsync();
        await _connection.CloseAsync();
    }
}
