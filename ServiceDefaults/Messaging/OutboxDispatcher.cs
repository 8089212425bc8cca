using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SendPlatform.ServiceDefaults.Database;

namespace SendPlatform.ServiceDefaults.Messaging;

/// <summary>
/// Publishes committed outbox rows to RabbitMQ. MassTransit's RabbitMQ publish completes only on the broker's
/// publisher confirm, so a row is marked dispatched only once the broker holds the message; a failed publish is
/// retried with back-off, across broker and process restarts, until it is acknowledged. Rows are claimed with
/// FOR UPDATE SKIP LOCKED so several replicas never publish the same row at once. A batch's rows are published
/// together, so their confirms come back pipelined rather than one round trip each; consumers already take events in
/// any order (redelivery and concurrent consumers reorder them anyway), so nothing relies on publish order.
/// </summary>
public sealed class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    TimeProvider clock,
    IOptions<OutboxOptions> options,
    ILogger<OutboxDispatcher<TContext>> logger) : BackgroundService
    where TContext : DbContext, IMessagingDbContext
{
    private readonly OutboxOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var published = 0;
            try
            {
                published = await DispatchBatchAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Outbox dispatch failed; retrying after {Interval}", _options.PollInterval);
            }
            if (published == 0)
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
        return await db.InTransactionAsync(async ct =>
        {
            var now = clock.GetUtcNow();
            var batch = await db.OutboxMessages
                .FromSqlInterpolated($"""
                    SELECT * FROM outbox_messages
                    WHERE "DispatchedAt" IS NULL AND "NextAttemptAt" <= {now}
                    ORDER BY "OccurredAt" LIMIT {_options.BatchSize}
                    FOR UPDATE SKIP LOCKED
                    """)
                .ToListAsync(ct);
            var confirmed = await Task.WhenAll(batch.Select(row => TryPublishAsync(row, ct)));
            await db.SaveChangesAsync(ct);
            return confirmed.Count(c => c);
        }, cancellationToken);
    }

    private async Task<bool> TryPublishAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        try
        {
            var integrationEvent = IntegrationEventTypes.Deserialize(row);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.PublishTimeout);
            await bus.Publish(integrationEvent, integrationEvent.GetType(), context => context.MessageId = row.Id, timeout.Token);
            row.DispatchedAt = clock.GetUtcNow();
            row.LastError = null;
            return true;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            row.Attempts++;
            row.NextAttemptAt = clock.GetUtcNow() + _options.Backoff(row.Attempts);
            row.LastError = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
            logger.LogWarning("Publishing {EventType} {EventId} failed (attempt {Attempts}); next try at {NextAttemptAt}",
                row.EventType, row.Id, row.Attempts, row.NextAttemptAt);
            return false;
        }
    }
}
