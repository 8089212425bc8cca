using SendPlatform.SharedKernel.Errors;

namespace SendPlatform.ServiceDefaults.Grpc;

/// <summary>
/// The most items and the longest time one client or bidirectional stream may take, so that no caller holds a
/// server's memory, connection or database for ever. Each streaming RPC states its own (README, "Limits").
/// </summary>
public sealed record StreamLimit(string What, int MaxItems, TimeSpan MaxDuration)
{
    /// <summary>A token that ends the call's work when the client goes or the stream has run its time.</summary>
    public Session Start(CancellationToken callAborted) => new(this, callAborted);

    public sealed class Session : IDisposable
    {
        private readonly StreamLimit _limit;
        private readonly CancellationTokenSource _deadline;
        private int _items;

        internal Session(StreamLimit limit, CancellationToken callAborted)
        {
            _limit = limit;
            _deadline = CancellationTokenSource.CreateLinkedTokenSource(callAborted);
            _deadline.CancelAfter(limit.MaxDuration);
            CallAborted = callAborted;
        }

        public CancellationToken Token => _deadline.Token;

        private CancellationToken CallAborted { get; }

        /// <summary>Counts one more item; past the limit the stream is refused.</summary>
        public void Count()
        {
            if (++_items > _limit.MaxItems)
                throw new LimitExceededException($"A {_limit.What} stream carries at most {_limit.MaxItems:N0} items; send the rest in another.");
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
