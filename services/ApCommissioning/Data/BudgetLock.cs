using SendPlatform.ServiceDefaults.Database;

namespace SendPlatform.ApCommissioning.Data;

/// <summary>
/// The lock every change to an LA's AP budget or commitments takes, when a partner commissions and when an event
/// reprices, so two changes at once cannot spend the same remaining pound.
/// </summary>
public static class BudgetLock
{
    public static Task LockBudgetAsync(this ApDbContext db, string laCode, CancellationToken cancellationToken) =>
        db.Database.LockAsync($"ap-budget:{laCode}", cancellationToken);

    /// <summary>Runs the work in a transaction holding the LA's budget lock.</summary>
    public static Task InBudgetTransactionAsync(this ApDbContext db, string laCode, Func<CancellationToken, Task> work, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async ct =>
        {
            await db.LockBudgetAsync(laCode, ct);
            await work(ct);
        }, cancellationToken);
}
