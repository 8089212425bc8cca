using SendPlatform.InclusionDashboard.Data;
using SendPlatform.InclusionDashboard.Domain.Figures;
using SendPlatform.InclusionDashboard.Domain.Geography;

namespace SendPlatform.InclusionDashboard.Application;

/// <summary>
/// Counts an AP placement's start or end into its LA's month and tier, and its provider's (a registered one, by URN);
/// the pupil riding on the event is not kept.
/// </summary>
public sealed class CountApPlacement(ApPlacementCounts counts)
{
    public Task StartedAsync(string laCode, string? providerUrn, string tier, DateOnly start, CancellationToken cancellationToken) =>
        counts.AddAsync(Areas(laCode, providerUrn), start, tier, ApPlacementTally.Started, cancellationToken);

    public Task EndedAsync(string laCode, string? providerUrn, string tier, DateOnly end, string outcome, CancellationToken cancellationToken) =>
        counts.AddAsync(Areas(laCode, providerUrn), end, tier, outcome, cancellationToken);

    private static string[] Areas(string laCode, string? providerUrn) =>
        CountedAreas.Of(EventFacts.CurrentLa(laCode, "An AP placement"), EventFacts.Setting(providerUrn, "An AP placement"));
}
