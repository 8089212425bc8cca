using RabbitMQ.Client;
using SendPlatform.ServiceDefaults.Messaging.Redelivery;

namespace SendPlatform.ErrorQueues;

/// <summary>
/// replay-errors.sh &lt;queue&gt; [--list] [--amqp URI]: lists the queue's poison messages and, unless --list, moves them back
/// to the queue. Prints what a message is and why it failed, never its content (a child's data).
/// </summary>
public static class ErrorQueueCommand
{
    public const string DefaultAmqp = "amqp://guest:guest@127.0.0.1:15672/";
    private const string Usage = "usage: scripts/replay-errors.sh <consumer queue, e.g. pupil-movements-ap-placement-started> [--list] [--amqp URI]";

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var queue = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !IsOptionValue(args, a));
        var listOnly = args.Contains("--list");
        var amqpAt = Array.IndexOf(args, "--amqp");
        var amqp = amqpAt >= 0 && amqpAt + 1 < args.Length ? args[amqpAt + 1] : Environment.GetEnvironmentVariable("SEND_AMQP") ?? DefaultAmqp;
        if (queue is null || queue.EndsWith("_error", StringComparison.Ordinal))
        {
            await output.WriteLineAsync(queue is null ? Usage : $"Name the consumer queue, not its error queue: {queue[..^"_error".Length]}\n{Usage}");
            return 2;
        }
        await using var connection = await new ConnectionFactory { Uri = new Uri(amqp), ClientProvidedName = "replay-errors" }.CreateConnectionAsync();
        var errors = new ErrorQueue(connection, queue);
        var parked = await errors.ListAsync(int.MaxValue);
        await output.WriteLineAsync($"{parked.Count} poison message(s) in {errors.Name}");
        foreach (var message in parked)
        {
            await output.WriteLineAsync($"  {message.FaultedAt}  {message.MessageId}  {message.MessageType}  {message.Consumer}  {message.ExceptionType}: {message.Reason}");
        }
        if (listOnly || parked.Count == 0) return 0;
        var replayed = await errors.ReplayAsync();
        await output.WriteLineAsync($"{replayed} replayed to {queue}; any that fail again will be parked again.");
        return 0;
    }

    private static bool IsOptionValue(string[] args, string arg)
    {
        var at = Array.IndexOf(args, arg);
        return at > 0 && args[at - 1] == "--amqp";
    }
}
