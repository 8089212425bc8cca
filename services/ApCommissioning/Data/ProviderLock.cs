using SendPlatform.ServiceDefaults.Database;

namespace SendPlatform.ApCommissioning.Data;

/// <summary>
/// The lock placements at one provider take, when a pupil is placed and when a placement ends, so neither a place
/// nor the unregistered-provider limit can be taken twice at once; and when its outcomes are reported, so each
/// ApOutcomesAssessed is computed from every report committed before it.
/// </summary>
public static class ProviderLock
{
    public static Task InProviderTransactionAsync(this ApDbContext db, Guid providerId, Func<CancellationToken, Task> work, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async ct =>
        {
            await db.Database.LockAsync($"ap-provider:{providerId}", ct);
            await work(ct);
        }, cancellationToken);
}
