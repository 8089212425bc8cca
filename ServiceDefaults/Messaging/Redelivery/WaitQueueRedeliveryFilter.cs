using MassTransit;
using Microsoft.Extensions.Logging;
using SendPlatform.ServiceDefaults.Errors;

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
        catch (Exception ex) when (!context.CancellationToken.IsCancellationRequested && TransientFailures.IsTransient(ex))
        {
            var redeliveries = WaitQueues.RedeliveryCount(context.ReceiveContext);
            var schedule = options.Schedule;
            if (redeliveries >= schedule.Count) throw;
            var delay = schedule[redeliveries];
            await WaitQueues.ParkAsync(context.ReceiveContext, delay, redeliveries + 1, context.CancellationToken);
            // The event's type and the failure's type only: an exception's message can quote a child's data.
            logger.LogWarning("Handling {MessageType} failed transiently ({ExceptionType}); redelivery {Redelivery} of {Redeliveries} in {Delay}",
                context.SupportedMessageTypes.FirstOrDefault(), ex.GetType().Name, redeliveries + 1, schedule.Count, delay);
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("wait-queue-redelivery");
}
