namespace SendPlatform.ServiceDefaults.Messaging;

public sealed class OutboxOptions
{
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
    public int BatchSize { get; set; } = 100;
    /// <summary>How many batches a replica claims and publishes at once (each worker holds a connection only while it works).</summary>
    public int Workers { get; set; } = 2;
    /// <summary>How long one publish may wait for the broker's confirm before the row is retried later.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(5);
    /// <summary>
    /// How long a claimed row is left to the replica that claimed it. It outlasts a batch's publishes (which run
    /// concurrently, each within PublishTimeout), so only a replica that died mid-batch has its rows taken over.
    /// </summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(1);
    /// <summary>An undispatched row older than this makes the service Degraded: events are not leaving.</summary>
    public TimeSpan StuckAfter { get; set; } = TimeSpan.FromMinutes(5);
    /// <summary>How often the backlog (count, oldest, attempts) is measured for health and metrics.</summary>
    public TimeSpan MeasureInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Exponential back-off: 1 s, 2 s, 4 s, ... capped at MaxBackoff.</summary>
    public TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(Math.Pow(2, Math.Max(0, attempts - 1)), MaxBackoff.TotalSeconds));
}
