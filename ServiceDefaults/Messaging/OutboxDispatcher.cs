using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SendPlatform.ServiceDefaults.Messaging;

/// <summary>
/// Publishes committed outbox rows to RabbitMQ. MassTransit's RabbitMQ publish completes only on the broker's
/// publisher confirm, so a row is marked dispatched only once the broker holds the message; a failed publish is
/// retried with back-off, across broker and process restarts, until it is acknowledged.
/// No database transaction is open while publishing (a broker that is slow to confirm must not hold row locks or a
/// connection): a batch is claimed by pushing its rows' next attempt a lease ahead in one statement (FOR UPDATE SKIP
/// LOCKED, so replicas never claim the same row), published, then marked. A replica that dies after publishing and
/// before marking leaves its rows to be re-published when the lease ends; consumers de-duplicate by event id.
/// A batch's rows are published together, so their confirms come back pipelined, and several workers (Outbox:Workers)
/// each claim and publish batches of their own, so one batch's database round trips overlap another's wait for the
/// broker. A batch's rows of an event type with a chunk form leave as one chunk (OutboxPacking). A worker claims again
/// at once only after a full batch: after a shorter one, it waits for the next commit
/// (OutboxSignal wakes it once rows are committed, never before) or the poll. Consumers take events in any order
/// (redelivery and concurrent consumers reorder them anyway), so nothing relies on publish order. Rows are read
/// untracked and the confirmed ones marked in one statement.
/// </summary>
public sealed class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    OutboxBacklog backlog,
    TimeProvider clock,
    IOptions<OutboxOptions> options,
    ILogger<OutboxDispatcher<TContext>> logger) : BackgroundService
    where TContext : DbContext, IMessagingDbContext
{
    private readonly OutboxOptions _options = options.Value;
    private DateTimeOffset _lastMeasured = DateTimeOffset.MinValue;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, _options.Workers).Select(worker => Task.Run(() => WorkAsync(measures: worker == 0, stoppingToken), CancellationToken.None)));

    private async Task WorkAsync(bool measures, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var published = 0;
            try
            {
                published = await DispatchBatchAsync(stoppingToken);
                if (measures && clock.GetUtcNow() - _lastMeasured >= _options.MeasureInterval) await MeasureBacklogAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Outbox dispatch failed; retrying after {Interval}", _options.PollInterval);
            }
            // A batch short of full took every row that was due; rows committed since have woken the signal.
            if (published < _options.BatchSize)
            {
                try { await signal.WaitAsync(_options.PollInterval, stoppingToken); }
                catch (OperationCanceledException) { return; }
            }
        }
    }

    /// <summary>Publishes one batch of due rows; returns how many the broker confirmed.</summary>
    public async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var now = clock.GetUtcNow();
        var leaseEnds = now + _options.ClaimLease;
        var batch = await db.OutboxMessages
            .FromSqlInterpolated($"""
                UPDATE outbox_messages SET "NextAttemptAt" = {leaseEnds}
                WHERE "Id" IN (
                    SELECT "Id" FROM outbox_messages
                    WHERE "DispatchedAt" IS NULL AND "NextAttemptAt" <= {now}
                    ORDER BY "OccurredAt" LIMIT {_options.BatchSize}
                    FOR UPDATE SKIP LOCKED)
                RETURNING *
                """)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        if (batch.Count == 0) return 0;
        var outgoing = OutboxPacking.Pack(batch);
        var confirmed = await Task.WhenAll(outgoing.Select(message => TryPublishAsync(message, cancellationToken)));
        var dispatched = outgoing.Where((_, i) => confirmed[i]).SelectMany(m => m.Rows).ToList();
        if (dispatched.Count > 0)
        {
            var ids = dispatched.Select(r => r.Id).ToArray();
            var at = clock.GetUtcNow();
            await db.Database.ExecuteSqlAsync(
                $"""UPDATE outbox_messages SET "DispatchedAt" = {at}, "LastError" = NULL WHERE "Id" = ANY({ids})""", CancellationToken.None);
        }
        // A failed publish is rare: its row's attempts and next try are written one by one.
        foreach (var failed in outgoing.Where((_, i) => !confirmed[i]).SelectMany(m => m.Rows))
            await db.Database.ExecuteSqlAsync($"""
                UPDATE outbox_messages SET "Attempts" = {failed.Attempts}, "NextAttemptAt" = {failed.NextAttemptAt}, "LastError" = {failed.LastError}
                WHERE "Id" = {failed.Id}
                """, CancellationToken.None);
        return dispatched.Count;
    }

    private async Task MeasureBacklogAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var row = await db.Database.SqlQuery<BacklogRow>($"""
            SELECT count(*) AS "Pending", min("OccurredAt") AS "Oldest", coalesce(max("Attempts"), 0) AS "MaxAttempts"
            FROM outbox_messages WHERE "DispatchedAt" IS NULL
            """).SingleAsync(cancellationToken);
        _lastMeasured = clock.GetUtcNow();
        backlog.Record(new OutboxBacklog.Measure(row.Pending, row.Oldest, row.MaxAttempts, _lastMeasured));
    }

    private sealed record BacklogRow(long Pending, DateTimeOffset? Oldest, int MaxAttempts);

    private async Task<bool> TryPublishAsync(OutboxPacking.Outgoing message, CancellationToken cancellationToken)
    {
        try
        {
            var integrationEvent = message.Message ?? throw message.Unreadable!;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.PublishTimeout);
            await bus.Publish(integrationEvent, integrationEvent.GetType(), context => context.MessageId = message.MessageId, timeout.Token);
            return true;
        }
        catch (Exception ex)
        {
            // Also on shutdown: the rows are marked for a later attempt rather than waiting out their lease.
            foreach (var row in message.Rows)
            {
                row.Attempts++;
                row.NextAttemptAt = clock.GetUtcNow() + _options.Backoff(row.Attempts);
                row.LastError = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
            }
            var first = message.Rows[0];
            logger.LogWarning("Publishing {EventType} {EventId} ({Events} events) failed (attempt {Attempts}); next try at {NextAttemptAt}",
                first.EventType, message.MessageId, message.Rows.Count, first.Attempts, first.NextAttemptAt);
            return false;
        }
    }
}
