using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.ServiceDefaults.Tests;

/// <summary>The outbox's backlog as health (Degraded when events stop leaving) and as gauges.</summary>
public sealed class OutboxHealthTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Now);
    private readonly OutboxBacklog _backlog = new(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>());

    private async Task<HealthCheckResult> CheckAsync() =>
        await new OutboxHealthCheck(_backlog, _clock, Options.Create(new OutboxOptions())).CheckHealthAsync(new HealthCheckContext());

    [Fact]
    public async Task Before_the_first_measure_the_outbox_is_healthy()
    {
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync()).Status);
    }

    [Fact]
    public async Task Events_waiting_less_than_five_minutes_are_healthy_and_reported()
    {
        _backlog.Record(new OutboxBacklog.Measure(12, Now.AddMinutes(-4), 3, Now));
        var result = await CheckAsync();
        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal(12L, result.Data["pending"]);
    }

    [Fact]
    public async Task An_event_waiting_more_than_five_minutes_is_degraded_with_its_age_and_attempts()
    {
        _backlog.Record(new OutboxBacklog.Measure(2, Now.AddMinutes(-5).AddSeconds(-1), 7, Now));
        var result = await CheckAsync();
        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Equal(301d, result.Data["oldest_pending_age_seconds"]);
        Assert.Equal(7, result.Data["max_attempts"]);
        Assert.Contains("after up to 7 attempts", result.Description);
    }

    [Fact]
    public async Task A_dispatcher_that_stops_measuring_is_degraded()
    {
        _backlog.Record(new OutboxBacklog.Measure(0, null, 0, Now));
        _clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync()).Status);
        _clock.Advance(TimeSpan.FromSeconds(2));
        var result = await CheckAsync();
        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Contains("stalled", result.Description);
    }

    [Fact]
    public void The_gauges_report_the_last_measure()
    {
        var observed = new Dictionary<string, double>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == MessagingTelemetry.MeterName) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((i, value, _, _) => observed[i.Name] = value);
        listener.SetMeasurementEventCallback<double>((i, value, _, _) => observed[i.Name] = value);
        listener.SetMeasurementEventCallback<int>((i, value, _, _) => observed[i.Name] = value);
        listener.Start();
        _backlog.Record(new OutboxBacklog.Measure(40, Now.AddSeconds(-90), 4, Now));
        listener.RecordObservableInstruments();
        Assert.Equal(40, observed["send.outbox.pending"]);
        Assert.Equal(90, observed["send.outbox.oldest_pending_age"]);
        Assert.Equal(4, observed["send.outbox.max_attempts"]);
    }
}
