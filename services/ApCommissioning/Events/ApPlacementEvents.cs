using SendPlatform.ApCommissioning.Domain.Performance;
using SendPlatform.ApCommissioning.Domain.Placements;
using SendPlatform.ApCommissioning.Domain.Providers;
using SendPlatform.Contracts.IntegrationEvents;

namespace SendPlatform.ApCommissioning.Events;

/// <summary>What ap-commissioning tells the platform when a placement starts and ends, and where it stands against the performance framework.</summary>
public static class ApPlacementEvents
{
    public static ApPlacementStarted Started(ApPlacement p, string? providerUrn, DateTimeOffset now) =>
        new(p.Id, p.Pupil.Upn, p.LaCode, Tier(p.Tier), providerUrn, p.HomeSchoolUrn, p.Start, p.PlannedEnd, p.Pupil.DateOfBirth,
            p.Pupil.SenProvision, p.Pupil.PrimaryNeed) { OccurredAt = now };

    public static ApPlacementEnded Ended(ApPlacement p, string? providerUrn, DateTimeOffset now) =>
        new(p.Id, p.Pupil.Upn, p.LaCode, Tier(p.Tier), providerUrn, p.EndDate!.Value, p.Outcome!.Value.ToString(), p.OutcomeDestinationUrn) { OccurredAt = now };

    public static ApOutcomesAssessed Assessed(ApPlacement p, string? providerUrn, IReadOnlyList<(int SchoolYear, OutcomesMet Met)> years, DateTimeOffset now) =>
        new(p.Id, p.LaCode, Tier(p.Tier), providerUrn,
            [.. years.Select(y => new ApYearOutcomes(new AcademicYear(y.SchoolYear).ToString(), y.Met.EffectiveOutreach, y.Met.ImprovedAttendance,
                y.Met.Reintegration, y.Met.AttainmentEnglishAndMaths, y.Met.Post16Transitions))],
            now) { OccurredAt = now };

    private static string Tier(ApTier tier) => tier switch
    {
        ApTier.TargetedSupport => ApTiers.TargetedSupport,
        ApTier.TimeLimited => ApTiers.TimeLimited,
        _ => ApTiers.Transitional,
    };
}
