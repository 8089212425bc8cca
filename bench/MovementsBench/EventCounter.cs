using System.Collections.Concurrent;
using System.Text.Json;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace SendPlatform.Bench.Movements;

/// <summary>
/// Counts distinct PupilMoved messages reaching the broker, from a queue of its own bound to the event's exchange:
/// a movement counts as delivered only once its event is there. Each event's first arrival is kept, the start of
/// its consumers' lag (ConsumerLag).
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
        const string exchange = "SendPlatform.Contracts.IntegrationEvents:PupilMoved";
        await counter._channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
        var queue = await counter._channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true);
        await counter._channel.QueueBindAsync(queue.QueueName, exchange, "");
        var consumer = new AsyncEventingBasicConsumer(counter._channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            using var envelope = JsonDocument.Parse(delivery.Body);
            counter._seen.TryAdd(envelope.RootElement.GetProperty("messageId").GetGuid(), DateTimeOffset.UtcNow);
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
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"only {Count} of {count} PupilMoved events arrived in {timeout}");
            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.CloseAsync();
        await _connection.CloseAsync();
    }
}
