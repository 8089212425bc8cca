using SendPlatform.InclusionDashboard.Data;
using SendPlatform.InclusionDashboard.Domain.Figures;

namespace SendPlatform.InclusionDashboard.Application;

/// <summary>Counts an AP placement's start or end into its LA's month and tier; the pupil riding on the event is not kept.</summary>
public sealed class CountApPlacement(ApPlacementCounts counts)
{
    public Task StartedAsync(string laCode, string tier, DateOnly start, CancellationToken cancellationToken) =>
        counts.AddAsync(EventFacts.CurrentLa(laCode, "An AP placement"), start, tier, ApPlacementTally.Started, cancellationToken);

    public Task EndedAsync(string laCode, string tier, DateOnly end, string outcome, CancellationToken cancellationToken) =>
        counts.AddAsync(EventFacts.CurrentLa(laCode, "An AP placement"), end, tier, outcome, cancellationToken);

}
