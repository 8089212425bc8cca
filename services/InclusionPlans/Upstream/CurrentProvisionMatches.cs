using Grpc.Core;
using SendPlatform.Contracts.Standards.V1;

namespace SendPlatform.InclusionPlans.Upstream;

/// <summary>
/// Which needs each provision type meets under the national standards in force, asked of national-standards over
/// gRPC (with the caller's token) once, then held in memory until StandardsPublished says they changed: a tailored
/// list is drawn thousands of times a day against a set that changes a few times a year. A replica that misses the
/// notice (its temporary queue was down) asks again after a minute at most: one call a minute bounds the staleness.
/// </summary>
public sealed class CurrentProvisionMatches(StandardsSets.StandardsSetsClient sets, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    public sealed record Matches(string Version, IReadOnlyDictionary<string, IReadOnlySet<string>> NeedsByProvisionType)
    {
        public DateTimeOffset LoadedAt { get; init; }
    }

    private volatile Matches? _current;
    // A load that began before a Forget must not put back what the Forget cleared.
    private int _generation;
    private readonly Lock _gate = new();

    public async Task<Matches> GetAsync(CallOptions call)
    {
        if (_current is { } held && clock.GetUtcNow() - held.LoadedAt < Lifetime) return held;
        int generation;
        lock (_gate) generation = _generation;
        var set = await sets.GetCurrentStandardsAsync(new GetCurrentStandardsRequest(), call);
        var matches = new Matches(set.Version, set.Content.ProvisionMatches.ToDictionary(
            m => m.ProvisionType, m => (IReadOnlySet<string>)m.NeedCodes.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal))
        {
            LoadedAt = clock.GetUtcNow(),
        };
        lock (_gate)
        {
            if (_generation == generation) _current = matches;
        }
        return matches;
    }

    public void Forget()
    {
        lock (_gate)
        {
            _generation++;
            _current = null;
        }
    }
}
