using SendPlatform.InclusionDashboard.Data;
using SendPlatform.InclusionDashboard.Domain.Figures;

namespace SendPlatform.InclusionDashboard.Application;

/// <summary>Counts tailored lists into their LA's month by the type of each one's first suggestion.</summary>
public sealed class CountTailoredList(TailoredListCounts counts)
{
    public sealed record Drawn(string LaCode, DateOnly DrawnOn, string? FirstProvisionType);

    /// <summary>Counts a batch of lists together; one naming an LA the platform does not know refuses the batch (its consumer then takes each alone).</summary>
    public Task DrawnAllAsync(IEnumerable<Drawn> lists, CancellationToken cancellationToken) =>
        counts.AddAllAsync(lists.Select(l => new TailoredListCounts.Drawn(EventFacts.CurrentLa(l.LaCode, "A tailored list"),
            new DateOnly(l.DrawnOn.Year, l.DrawnOn.Month, 1),
            string.IsNullOrEmpty(l.FirstProvisionType) ? TailoredListTally.NoSuggestion : l.FirstProvisionType)).ToList(), cancellationToken);
}
