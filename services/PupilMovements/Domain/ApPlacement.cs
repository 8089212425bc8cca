namespace SendPlatform.PupilMovements.Domain;

/// <summary>
/// An AP placement as AP commissioning announced it, kept so that a time-limited placement past its planned end is
/// noticed even when nobody notifies anything.
/// </summary>
public sealed class ApPlacement
{
    private ApPlacement() { }

    public Guid PlacementId { get; private set; }
    public string Upn { get; private set; } = "";
    public string LaCode { get; private set; } = "";
    public string Tier { get; private set; } = "";
    public string? ProviderUrn { get; private set; }
    public string? HomeSchoolUrn { get; private set; }
    public DateOnly StartDate { get; private set; }
    public DateOnly? PlannedEndDate { get; private set; }
    public DateOnly? EndedOn { get; private set; }
    public string? Outcome { get; private set; }

    public static ApPlacement Started(Guid placementId, string upn, string laCode, string tier, string? providerUrn, string? homeSchoolUrn,
        DateOnly startDate, DateOnly? plannedEndDate) => new()
    {
        PlacementId = placementId,
        Upn = upn,
        LaCode = laCode,
        Tier = tier,
        ProviderUrn = providerUrn,
        HomeSchoolUrn = homeSchoolUrn,
        StartDate = startDate,
        PlannedEndDate = plannedEndDate,
    };

    public void End(DateOnly endDate, string outcome) => (EndedOn, Outcome) = (endDate, outcome);

    /// <summary>
    /// Tier 1 is outreach to a pupil who stays on roll, and an unregistered provider is not a school: neither moves
    /// the pupil, so neither is recorded as a movement.
    /// </summary>
    public static bool MovesThePupil(string tier, string? providerUrn) => tier != ApTiers.TargetedSupport && providerUrn is not null;
}
