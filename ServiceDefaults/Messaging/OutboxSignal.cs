using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace SendPlatform.ServiceDefaults.Messaging;

/// <summary>
/// Wakes the dispatcher as soon as a transaction commits outbox rows, so events leave without waiting for the poll.
/// Rows written inside a transaction wake it only at the commit: woken earlier, it would claim nothing (the rows are
/// not yet visible to it) and sleep until the next commit or its poll, so a lone event could wait the whole poll.
/// </summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);
    private readonly ConditionalWeakTable<DbTransaction, object> _awaitingCommit = [];

    /// <summary>This context has written outbox rows: the dispatcher is woken now, or when its transaction commits.</summary>
    public void Written(DbContext context)
    {
        if (context.Database.CurrentTransaction?.GetDbTransaction() is { } transaction) _awaitingCommit.AddOrUpdate(transaction, this);
        else Notify();
    }

    /// <summary>A transaction ended (OutboxSignalInterceptor): the rows it wrote are committed now, or never will be.</summary>
    internal void Ended(DbTransaction transaction, bool committed)
    {
        if (_awaitingCommit.Remove(transaction) && committed) Notify();
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _semaphore.WaitAsync(timeout, cancellationToken);

    private void Notify()
    {
        if (_semaphore.CurrentCount == 0)
        {
            try { _semaphore.Release(); }
            catch (SemaphoreFullException) { /* another writer already woke it */ }
        }
    }
}
