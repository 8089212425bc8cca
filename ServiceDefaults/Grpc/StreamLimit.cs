using System.Threading.RateLimiting;
using SendPlatform.ServiceDefaults.Identity;
using SendPlatform.SharedKernel.Errors;

namespace SendPlatform.ServiceDefaults.Grpc;

/// <summary>
/// The most items and the longest time one client or bidirectional stream may take, so that no caller holds a
/// server's memory, connection or database for ever; and how many items a second one caller may send through it,
/// streams and batches of the RPC together. The gateway's rate limit counts a stream as one request, so the items in
/// it are counted here, in a token bucket per caller keyed (type, id) like the gateway's, per replica. A caller over
/// it is refused (RESOURCE_EXHAUSTED, as the gateway's 429), not slowed, so a stream never waits holding a connection.
/// Each streaming RPC states its own (README, "Limits").
/// </summary>
public sealed record StreamLimit(string What, int MaxItems, TimeSpan MaxDuration, int ItemsPerSecond, int Burst)
{
    private readonly PartitionedRateLimiter<string> _perCaller = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Burst,
            TokensPerPeriod = ItemsPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
        }));

    /// <summary>A token that ends the call's work when the client goes or the stream has run its time.</summary>
    public Session Start(CallerOrganisation caller, CancellationToken callAborted) => new(this, caller, callAborted);

    /// <summary>Counts a batch's items against the caller's items a second; past it the batch is refused before any is recorded.</summary>
    public void Take(CallerOrganisation caller, int items) => Acquire(KeyOf(caller), items);

    private static string KeyOf(CallerOrganisation caller) => $"{PlatformClaims.WireName(caller.Type)}:{caller.OrgId}";

    private void Acquire(string callerKey, int items)
    {
        using var lease = _perCaller.AttemptAcquire(callerKey, Math.Min(items, Burst));
        if (items > Burst || !lease.IsAcquired)
            throw new LimitExceededException($"{What} may be sent at {ItemsPerSecond:N0} items a second (bursts of {Burst:N0}); slow down and send the rest.");
    }

    public sealed class Session : IDisposable
    {
        private readonly StreamLimit _limit;
        private readonly string _callerKey;
        private readonly CancellationTokenSource _deadline;
        private int _items;

        internal Session(StreamLimit limit, CallerOrganisation caller, CancellationToken callAborted)
        {
            _limit = limit;
            _callerKey = KeyOf(caller);
            _deadline = CancellationTokenSource.CreateLinkedTokenSource(callAborted);
            _deadline.CancelAfter(limit.MaxDuration);
            CallAborted = callAborted;
        }

        public CancellationToken Token => _deadline.Token;

        private CancellationToken CallAborted { get; }

        /// <summary>Counts one more item, against the stream's size and the caller's items a second; past either the stream is refused.</summary>
        public void Count()
        {
            if (++_items > _limit.MaxItems)
                throw new LimitExceededException($"A {_limit.What} stream carries at most {_limit.MaxItems:N0} items; send the rest in another.");
            _limit.Acquire(_callerKey, 1);
        }

        /// <summary>Runs the stream's work, turning its own deadline (not the client's going) into a clear refusal.</summary>
        public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work)
        {
            try { return await work(Token); }
            catch (Exception ex) when (ex is OperationCanceledException or global::Grpc.Core.RpcException { StatusCode: global::Grpc.Core.StatusCode.Cancelled }
                && _deadline.IsCancellationRequested && !CallAborted.IsCancellationRequested)
            {
                throw new LimitExceededException($"A {_limit.What} stream may run for at most {_limit.MaxDuration.TotalMinutes:N0} minutes; send the rest in another.");
            }
        }

        public void Dispose() => _deadline.Dispose();
    }
}
