using SendPlatform.InclusionDashboard.Data;
using SendPlatform.InclusionDashboard.Domain.Figures;

namespace SendPlatform.InclusionDashboard.Application;

/// <summary>Counts a tailored list into its LA's month by the type of its first suggestion.</summary>
public sealed class CountTailoredList(TailoredListCounts counts)
{
    public Task DrawnAsync(string laCode, DateOnly drawnOn, string? firstProvisionType, CancellationToken cancellationToken) =>
        counts.AddAsync(EventFacts.CurrentLa(laCode, "A tailored list"), drawnOn,
            string.IsNullOrEmpty(firstProvisionType) ? TailoredListTally.NoSuggestion : firstProvisionType, cancellationToken);
}
