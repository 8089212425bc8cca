using MassTransit;

namespace SendPlatform.ServiceDefaults.Messaging;

/// <summary>How a batch consumer (IdempotentBatchConsumer) joins the bus.</summary>
public static class BatchConsumers
{
    /// <summary>Events in a batch at most; a full one is applied at once.</summary>
    public const int MessageLimit = 100;

    /// <summary>How long a batch waits to fill after its first event: the most a quiet moment delays an event.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// One batch at a time per replica, so two batches of one consumer never wait on each other's rows, and a prefetch
    /// of two batches, so the next fills while one is applied.
    /// </summary>
    public static void AddBatchConsumer<TConsumer>(this IBusRegistrationConfigurator bus) where TConsumer : class, IConsumer =>
        bus.AddConsumer<TConsumer>(c => c.Options<BatchOptions>(o => o.SetMessageLimit(MessageLimit).SetTimeLimit(TimeLimit).SetConcurrencyLimit(1)))
            .Endpoint(e => e.PrefetchCount = 2 * MessageLimit);
}
