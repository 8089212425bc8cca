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
}
