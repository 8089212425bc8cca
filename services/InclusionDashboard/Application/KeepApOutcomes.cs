using SendPlatform.InclusionDashboard.Data;
using SendPlatform.InclusionDashboard.Domain.Figures;
using SendPlatform.InclusionDashboard.Domain.Periods;

namespace SendPlatform.InclusionDashboard.Application;

/// <summary>Keeps each AP placement's latest standing against the five outcomes, year by year.</summary>
public sealed class KeepApOutcomes(ApOutcomes outcomes)
{
    public sealed record Year(string SchoolYear, bool? EffectiveOutreach, bool ImprovedAttendance, bool? Reintegration, bool AttainmentEnglishAndMaths,
        bool? Post16Transitions);

    public Task AssessedAsync(Guid placementId, string laCode, string tier, string? providerUrn, IReadOnlyList<Year> years, DateTimeOffset asOf,
        CancellationToken cancellationToken)
    {
        var la = EventFacts.CurrentLa(laCode, "AP outcomes");
        if (!ApTierColumns.All.Any(t => t.Code == tier)) throw new InvalidOperationException($"AP outcomes name the tier '{tier}', which the dashboard does not know.");
        var records = years.Select(y => Period.TryParse(y.SchoolYear, out var period, out _) && period.IsAcademicYear
            ? new ApOutcomeRecord
            {
                PlacementId = placementId, SchoolYear = period.Code, LaCode = la, Tier = tier, ProviderUrn = string.IsNullOrEmpty(providerUrn) ? null : providerUrn,
                AsOf = asOf, EffectiveOutreach = y.EffectiveOutreach, ImprovedAttendance = y.ImprovedAttendance, Reintegration = y.Reintegration,
                AttainmentEnglishAndMaths = y.AttainmentEnglishAndMaths, Post16Transitions = y.Post16Transitions,
            }
            : throw new InvalidOperationException($"AP outcomes name the school year '{y.SchoolYear}', which is not one.")).ToList();
        return outcomes.KeepAsync(placementId, asOf, records, cancellationToken);
    }
}
