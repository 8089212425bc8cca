using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SendPlatform.PupilMovements.Data;
using SendPlatform.PupilMovements.Tests.Builders;
using SendPlatform.ServiceDefaults.Database;

namespace SendPlatform.PupilMovements.Tests.Api;

/// <summary>
/// A statement batch run inside a span that is recorded gets its own span with the batch's SQL; one run inside a span
/// that is not recorded (a parent-based sampler has dropped its trace) is not offered to tracing at all, so Npgsql
/// does not build its text (DatabaseExtensions). The sampler here is parent-based, as the platform's is.
/// </summary>
public sealed class BatchTracingTests(MovementsService service) : IClassFixture<MovementsService>
{
    [Fact]
    public async Task A_batch_is_traced_with_its_statements_under_a_recorded_span_and_not_offered_under_one_that_is_not()
    {
        using var requests = new ActivitySource("send.tests.batch-tracing");
        var offered = new ConcurrentQueue<ActivityTraceId>();
        var batchSpans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Npgsql" || source == requests,
            Sample = (ref ActivityCreationOptions<ActivityContext> options) =>
            {
                if (options.Source == requests) return options.Tags?.Any(t => t.Key == "recorded" && Equals(t.Value, true)) == true
                    ? ActivitySamplingResult.AllDataAndRecorded : ActivitySamplingResult.PropagationData;
                offered.Enqueue(options.Parent.TraceId);
                return options.Parent.TraceFlags.HasFlag(ActivityTraceFlags.Recorded) ? ActivitySamplingResult.AllDataAndRecorded : ActivitySamplingResult.None;
            },
            ActivityStopped = activity => { if (activity.Source.Name == "Npgsql") batchSpans.Enqueue(activity); },
        };
        ActivitySource.AddActivityListener(listener);

        var recorded = await ReadUnderSpanAsync(requests, recorded: true, serial: 801);
        var dropped = await ReadUnderSpanAsync(requests, recorded: false, serial: 802);

        Assert.True(recorded.Recorded);
        Assert.False(dropped.Recorded);
        var traced = Assert.Single(batchSpans, s => s.TraceId == recorded.TraceId);
        var text = traced.GetTagItem("db.query.text") as string ?? "";
        Assert.Contains("pg_advisory_xact_lock", text);
        Assert.Contains("FROM pupils WHERE", text);
        Assert.Contains(recorded.TraceId, offered);
        Assert.DoesNotContain(dropped.TraceId, offered);
        Assert.DoesNotContain(batchSpans, s => s.TraceId == dropped.TraceId);
    }

    private async Task<(ActivityTraceId TraceId, bool Recorded)> ReadUnderSpanAsync(ActivitySource requests, bool recorded, int serial)
    {
        using var span = requests.StartActivity("request", ActivityKind.Server, default(ActivityContext), [new("recorded", recorded)])
            ?? throw new InvalidOperationException("The test's listener did not create the request span.");
        using var scope = service.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MovementsDbContext>();
        await db.InTransactionAsync(ct => MovementReads.LockAndReadAsync(db, [Pupils.Upn(serial: serial)], [], ct), CancellationToken.None);
        return (span.TraceId, span.Recorded);
    }
}
