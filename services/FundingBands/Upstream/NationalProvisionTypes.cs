using Grpc.Core;
using SendPlatform.Contracts.Standards.V1;
using SendPlatform.ServiceDefaults.Grpc;

namespace SendPlatform.FundingBands.Upstream;

/// <summary>
/// The national provision type codes, asked of national-standards over gRPC with the caller's own token and
/// deadline, and kept in memory for a minute or until StandardsPublished says they may have changed (a replica
/// that misses the notice is a minute stale at most).
/// If national-standards cannot be reached the caller gets its UNAVAILABLE, never a guess.
/// </summary>
public sealed class NationalProvisionTypes(ReferenceData.ReferenceDataClient client, TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private volatile Snapshot? _snapshot;

    private sealed record Snapshot(IReadOnlySet<string> Codes, DateTimeOffset LoadedAt);

    public Task<IReadOnlySet<string>> GetAsync(ServerCallContext context) => GetAsync(context.OnBehalfOfCaller());

    public async Task<IReadOnlySet<string>> GetAsync(CallOptions call)
    {
        var snapshot = _snapshot;
        if (snapshot is not null && clock.GetUtcNow() - snapshot.LoadedAt < Lifetime) return snapshot.Codes;
        var reply = await client.ListProvisionTypesAsync(new ListProvisionTypesRequest(), call);
        var codes = reply.ProvisionTypes.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        _snapshot = new Snapshot(codes, clock.GetUtcNow());
        return codes;
    }

    public void Forget() => _snapshot = null;
}
