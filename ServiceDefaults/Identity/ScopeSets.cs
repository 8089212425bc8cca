using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace SendPlatform.ServiceDefaults.Identity;

/// <summary>
/// A token's scope claim as a set, parsed once per distinct claim value. Every call through the gateway and every
/// service reads its caller, and a partner's tokens carry the same scope string call after call, so splitting it and
/// building a set each time made the caller's reading the largest allocation of the gateway's own code under load
/// (bench/RESULTS.md, issue #18). With the sets shared, bench/caller-reading.cs read an LA's caller in 167-276 ns and
/// 184 bytes, against 820-834 ns and 2,256 bytes as before. The sets are frozen, so one instance serves every call
/// that carries the same value. Only validated tokens are read, so the distinct values are the few scope grants the
/// authority issues; past its capacity (1,000 for <see cref="Shared"/>) a value is parsed each time instead of
/// remembered, so a flood of made-up values cannot grow it.
/// Hand-written because it is a dictionary in front of a split: no library offers that shape with a bound.
/// </summary>
public sealed class ScopeSets(int capacity)
{
    /// <summary>The sets every caller's reading shares (<see cref="CallerOrganisation.FromPrincipal"/>).</summary>
    public static readonly ScopeSets Shared = new(1_000);

    private readonly ConcurrentDictionary<string, FrozenSet<string>> parsed = new(StringComparer.Ordinal);
    // Counted here because the dictionary's own Count takes every one of its locks, on the path of every call once full.
    private int remembered;

    /// <summary>The scopes in one scope claim's value (space-separated, as OAuth 2.0 writes them).</summary>
    public IReadOnlySet<string> Of(string value)
    {
        if (parsed.TryGetValue(value, out var known)) return known;
        var set = Parse(value);
        if (Volatile.Read(ref remembered) < capacity && parsed.TryAdd(value, set)) Interlocked.Increment(ref remembered);
        return set;
    }

    /// <summary>The scopes in several scope claims' values together (a token whose scope is a JSON array).</summary>
    public static IReadOnlySet<string> Joined(IEnumerable<string> values) => values.SelectMany(Split).ToFrozenSet(StringComparer.Ordinal);

    private static FrozenSet<string> Parse(string value) => Split(value).ToFrozenSet(StringComparer.Ordinal);

    private static string[] Split(string value) => value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
