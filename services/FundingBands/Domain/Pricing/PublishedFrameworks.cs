namespace SendPlatform.FundingBands.Domain.Pricing;

/// <summary>
/// Every published version, by financial year and effective date: what prices any day. Immutable, so pricing reads
/// it from memory without locks while a publish swaps in a new set.
/// </summary>
public sealed class PublishedFrameworks
{
    private readonly Dictionary<FinancialYear, List<PublishedFramework>> _byYear;
    // Computed once: a national estimate asks for the same year's segments hundreds of thousands of times.
    private readonly Dictionary<FinancialYear, IReadOnlyList<(PublishedFramework Framework, DateOnly Until)>> _segments;

    public PublishedFrameworks(IEnumerable<PublishedFramework> frameworks)
    {
        _byYear = frameworks.GroupBy(f => f.FinancialYear)
            .ToDictionary(g => g.Key, g => g.OrderBy(f => f.EffectiveFrom).ThenBy(f => f.Version).ToList());
        _segments = _byYear.ToDictionary(y => y.Key, y => (IReadOnlyList<(PublishedFramework, DateOnly)>)Segments(y.Key, y.Value));
        LastYear = _byYear.Count == 0 ? null : _byYear.Keys.Max();
    }

    public static readonly PublishedFrameworks None = new([]);

    /// <summary>The latest financial year with a published framework; open-ended placements are priced to its end.</summary>
    public FinancialYear? LastYear { get; }

    /// <summary>The versions that price a year, each with the last day it prices.</summary>
    public IReadOnlyList<(PublishedFramework Framework, DateOnly Until)> VersionsFor(FinancialYear year) =>
        _segments.TryGetValue(year, out var segments) ? segments : [];

    private static List<(PublishedFramework, DateOnly)> Segments(FinancialYear year, List<PublishedFramework> versions) =>
        versions.Select((f, i) => (f, Until: i + 1 < versions.Count ? versions[i + 1].EffectiveFrom.AddDays(-1) : year.End))
            .Where(v => v.Until >= v.f.EffectiveFrom)
            .ToList();

    /// <summary>The version in force for the year: its latest.</summary>
    public PublishedFramework? InForce(FinancialYear year) =>
        _byYear.TryGetValue(year, out var versions) ? versions[^1] : null;
}
