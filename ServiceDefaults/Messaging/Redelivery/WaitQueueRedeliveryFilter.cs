using MassTransit;
using Microsoft.Extensions.Logging;

namespace SendPlatform.ServiceDefaults.Messaging.Redelivery;

/// <summary>
/// Wraps a receive endpoint's immediate retries: a delivery that still fails for a transient reason waits in a wait
/// queue and comes back, along the schedule, until the schedule is spent; then (or at once, for a failure that is not
/// transient) the exception reaches MassTransit, which moves the message to the endpoint's _error queue as poison.
/// </summary>
public sealed class WaitQueueRedeliveryFilter(RedeliverySettings options, ILogger logger) : IFilter<ConsumeContext>
{
    public async Task Send(ConsumeContext context, IPipe<ConsumeContext> next)
    {
        try
        {
            await next.Send(context);
        }
        catch (Exception ex) when (!context.CancellationToken.IsCancellationRequested)
        {
            if (await WaitQueues.TryWaitOutAsync(context.ReceiveContext, ex, options.Schedule, context.CancellationToken) is not { } waiting) throw;
            // The event's type and the failure's type only: an exception's message can quote a child's data.
            logger.LogWarning("Handling {MessageType} failed transiently ({ExceptionType}); redelivery {Redelivery} of {Redeliveries} in {Delay}",
                context.SupportedMessageTypes.FirstOrDefault(), ex.GetType().Name, waiting.Redelivery, options.Schedule.Count, waiting.Delay);
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("wait-queue-redelivery");
}
