using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Trace;

namespace SendPlatform.TestKit;

/// <summary>
/// Everything a process's OpenTelemetry pipeline would export, rendered to text as it is exported: each span's name,
/// tags, events and status; each log record's message, attributes and scopes; and every metric measurement's tags
/// (from a listener on every meter, so more than any exporter is given). A test then searches the text.
/// </summary>
public sealed class TelemetryCapture : IDisposable
{
    private readonly MeterListener _meters = new();

    public TelemetryCapture()
    {
        _meters.InstrumentPublished = (instrument, listener) => listener.EnableMeasurementEvents(instrument);
        _meters.SetMeasurementEventCallback<long>((i, _, tags, _) => Record(i, tags));
        _meters.SetMeasurementEventCallback<double>((i, _, tags, _) => Record(i, tags));
        _meters.SetMeasurementEventCallback<int>((i, _, tags, _) => Record(i, tags));
        _meters.Start();
    }

    public ConcurrentQueue<string> Exported { get; } = new();

    /// <summary>Adds the renderers to a process's tracer and logger providers.</summary>
    public void AddTo(IServiceCollection services)
    {
        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddProcessor(new SpanRenderer(Exported)));
        services.ConfigureOpenTelemetryLoggerProvider(logging => logging.AddProcessor(new LogRenderer(Exported)));
    }

    private void Record(Instrument instrument, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        foreach (var tag in tags) Exported.Enqueue($"metric {instrument.Meter.Name}/{instrument.Name} {tag.Key}={tag.Value}");
    }

    public void Dispose() => _meters.Dispose();

    private sealed class SpanRenderer(ConcurrentQueue<string> exported) : BaseProcessor<Activity>
    {
        public override void OnEnd(Activity span)
        {
            exported.Enqueue($"span {span.Source.Name} {span.DisplayName} {span.StatusDescription} "
                + string.Join(' ', span.TagObjects.Select(t => $"{t.Key}={t.Value}"))
                + string.Join(' ', span.Events.SelectMany(e => e.Tags.Select(t => $"{e.Name}:{t.Key}={t.Value}")))
                + string.Join(' ', span.Baggage.Select(b => $"baggage:{b.Key}={b.Value}")));
        }
    }

    private sealed class LogRenderer(ConcurrentQueue<string> exported) : BaseProcessor<LogRecord>
    {
        public override void OnEnd(LogRecord record)
        {
            var scopes = new List<string>();
            record.ForEachScope((scope, list) =>
            {
                foreach (var item in scope) list.Add($"{item.Key}={item.Value}");
            }, scopes);
            exported.Enqueue($"log {record.CategoryName} {record.FormattedMessage ?? record.Body} "
                + string.Join(' ', record.Attributes?.Select(a => $"{a.Key}={a.Value}") ?? [])
                + " " + string.Join(' ', scopes) + " " + record.Exception);
        }
    }
}
