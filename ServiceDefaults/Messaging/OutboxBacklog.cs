using System.Diagnostics.Metrics;

namespace SendPlatform.ServiceDefaults.Messaging;

/// <summary>
/// The outbox's undispatched rows as the dispatcher last measured them, shared by the health check and the gauges so
/// neither queries the database on its own schedule.
/// </summary>
public sealed class OutboxBacklog
{
    public sealed record Measure(long Pending, DateTimeOffset? OldestOccurredAt, int MaxAttempts, DateTimeOffset MeasuredAt)
    {
        public TimeSpan OldestAge => OldestOccurredAt is { } oldest ? MeasuredAt - oldest : TimeSpan.Zero;
    }

    private Measure? _last;

    public OutboxBacklog(IMeterFactory meters)
    {
        var meter = meters.Create(MessagingTelemetry.MeterName);
        meter.CreateObservableGauge("send.outbox.pending", () => Last?.Pending ?? 0, "{event}",
            "Committed integration events not yet confirmed by the broker.");
        meter.CreateObservableGauge("send.outbox.oldest_pending_age", () => Last?.OldestAge.TotalSeconds ?? 0, "s",
            "How long the oldest undispatched event has waited.");
        meter.CreateObservableGauge("send.outbox.max_attempts", () => Last?.MaxAttempts ?? 0, "{attempt}",
            "The most publish attempts any undispatched event has had.");
    }

    public Measure? Last => Volatile.Read(ref _last);

    public void Record(Measure measure) => Volatile.Write(ref _last, measure);
}
