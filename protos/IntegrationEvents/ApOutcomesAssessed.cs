namespace SendPlatform.Contracts.IntegrationEvents;

/// <summary>
/// A provider reported (or corrected) a term's outcomes for an AP placement: the placement's whole position against
/// the five outcomes of the AP performance framework, per school year it has reports in, as of AsOf, so a later event
/// replaces an earlier one outright. Nothing of the pupil rides along.
/// </summary>
public sealed record ApOutcomesAssessed(
    Guid PlacementId,
    string LaCode,
    string Tier,
    string? ProviderUrn,
    IReadOnlyList<ApYearOutcomes> Years,
    DateTimeOffset AsOf) : IntegrationEvent;

/// <summary>
/// For one school year ("2026-27"), whether the placement met each outcome as its reports to that year's end showed:
/// null where the outcome does not apply to it (outreach beyond tier 1; a return to school or post-16 destination not
/// reached or not yet known to have lasted).
/// </summary>
public sealed record ApYearOutcomes(
    string SchoolYear,
    bool? EffectiveOutreach,
    bool ImprovedAttendance,
    bool? Reintegration,
    bool AttainmentEnglishAndMaths,
    bool? Post16Transitions);
