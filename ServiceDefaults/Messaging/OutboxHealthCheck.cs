using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace SendPlatform.ServiceDefaults.Messaging;

/// <summary>
/// Degraded, not Unhealthy, when events are not leaving: the service still answers and its writes still commit, but
/// other services are not hearing of them. A row that keeps failing shows here with its age and attempts.
/// </summary>
public sealed class OutboxHealthCheck(OutboxBacklog backlog, TimeProvider clock, IOptions<OutboxOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var measure = backlog.Last;
        if (measure is null) return Task.FromResult(HealthCheckResult.Healthy("The outbox has not been measured yet."));
        var data = new Dictionary<string, object>
        {
            ["pending"] = measure.Pending,
            ["oldest_pending_age_seconds"] = Math.Round(measure.OldestAge.TotalSeconds),
            ["max_attempts"] = measure.MaxAttempts,
        };
        var sinceMeasured = clock.GetUtcNow() - measure.MeasuredAt;
        var stalledAfter = TimeSpan.FromTicks(Math.Max(TimeSpan.FromMinutes(1).Ticks, 6 * options.Value.MeasureInterval.Ticks));
        if (sinceMeasured > stalledAfter)
        {
            return Task.FromResult(HealthCheckResult.Degraded(
                $"The outbox dispatcher has not measured its backlog for {sinceMeasured.TotalSeconds:0} s; it may be stalled.", data: data));
        }
        return Task.FromResult(measure.OldestAge > options.Value.StuckAfter
            ? HealthCheckResult.Degraded(
                $"{measure.Pending} events are waiting to be published; the oldest has waited {measure.OldestAge.TotalSeconds:0} s " +
                $"after up to {measure.MaxAttempts} attempts.", data: data)
            : HealthCheckResult.Healthy($"{measure.Pending} events waiting to be published.", data));
    }
}
