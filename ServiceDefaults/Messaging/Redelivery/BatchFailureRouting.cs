using MassTransit;
using MassTransit.Middleware.Rescue;
using MassTransit.Transports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SendPlatform.ServiceDefaults.Messaging.Redelivery;

/// <summary>
/// Where a batch consumer's failed event goes, one message at a time, as WaitQueueRedeliveryFilter routes a single
/// delivery: a transient failure waits in a wait queue along the schedule; anything else, or a spent schedule, goes to
/// the endpoint's _error queue through MassTransit's own error transport (the fault headers, the queue declared as
/// MassTransit declares it), where it is counted, listed and replayed like any poison message. A batch cannot fault
/// one of its messages and complete the rest, hence this, rather than letting the exception reach the endpoint.
/// </summary>
public sealed class BatchFailureRouting(IOptions<RedeliverySettings> settings, ILogger<BatchFailureRouting> logger)
{
    public void BatchFailed(Type consumer, int size, Exception failure) =>
        // The failure's type only: an exception's message can quote a child's data.
        logger.LogWarning("A batch of {Size} failed in {Consumer} ({ExceptionType}); applying each event alone", size, consumer.Name, failure.GetType().Name);

    public async Task RouteAsync(ConsumeContext message, Type consumer, Exception failure, CancellationToken cancellationToken)
    {
        var received = message.ReceiveContext;
        var schedule = settings.Value.Schedule;
        if (await WaitQueues.TryWaitOutAsync(received, failure, schedule, cancellationToken) is { } waiting)
        {
            logger.LogWarning("Handling {MessageType} failed transiently in {Consumer} ({ExceptionType}); redelivery {Redelivery} of {Redeliveries} in {Delay}",
                message.SupportedMessageTypes.FirstOrDefault(), consumer.Name, failure.GetType().Name, waiting.Redelivery, schedule.Count, waiting.Delay);
            return;
        }
        if (!received.TryGetPayload(out IErrorTransport? errors))
            throw new InvalidOperationException($"{received.InputAddress} has no error transport to park a poison message in.", failure);
        await errors.Send(new RescueExceptionReceiveContext(received, failure));
        logger.LogError("Handling {MessageType} failed in {Consumer} ({ExceptionType}); parked as poison after {Redeliveries} redeliveries",
            message.SupportedMessageTypes.FirstOrDefault(), consumer.Name, failure.GetType().Name, WaitQueues.RedeliveryCount(received));
    }
}
