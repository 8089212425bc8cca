namespace SendPlatform.InclusionPlans.Domain.Settings;

/// <summary>
/// How events move a setting's filled places. A movement onto a roll (admission, the receiving end of a managed move)
/// fills one at the receiving setting; one off a roll (deletion, permanent exclusion, home education, EOTAS, missing
/// education, leaving the LA, the sending end of a managed move) frees one at the sending setting. Suspension and
/// off-site direction leave the pupil on roll. AP places follow the AP placement events instead of the matching
/// into-/out-of-AP movements, which would count them twice; targeted support (tier 1) is outreach and takes no place.
/// </summary>
public static class Occupancy
{
    private static readonly HashSet<string> OntoRoll = ["Admission", "ManagedMove"];
    private static readonly HashSet<string> OffRoll = ["Deletion", "PermanentExclusion", "Ehe", "Eotas", "MissingEducation", "MovedToOtherLa", "ManagedMove"];

    /// <summary>A movement of the given type (as PupilMoved names it) between two settings.</summary>
    public static IReadOnlyList<(string Urn, int Change)> OfMovement(string type, string? fromUrn, string? toUrn)
    {
        var changes = new List<(string, int)>();
        if (OffRoll.Contains(type) && fromUrn is { } from) changes.Add((from, -1));
        if (OntoRoll.Contains(type) && toUrn is { } to) changes.Add((to, +1));
        return changes;
    }

    /// <summary>
    /// Many changes netted per setting, in URN order, so writers that take several settings' rows take them in one
    /// order; a setting whose changes cancel out is left as it is.
    /// </summary>
    public static IReadOnlyList<(string Urn, int Change)> Net(IEnumerable<(string Urn, int Change)> changes) =>
        changes.GroupBy(c => c.Urn, StringComparer.Ordinal)
            .Select(setting => (Urn: setting.Key, Change: setting.Sum(c => c.Change)))
            .Where(setting => setting.Change != 0)
            .OrderBy(setting => setting.Urn, StringComparer.Ordinal)
            .ToList();

    public static IReadOnlyList<(string Urn, int Change)> OfPlacementStart(string tier, string? providerUrn) => OfPlacement(tier, providerUrn, +1);

    public static IReadOnlyList<(string Urn, int Change)> OfPlacementEnd(string tier, string? providerUrn) => OfPlacement(tier, providerUrn, -1);

    private static IReadOnlyList<(string Urn, int Change)> OfPlacement(string tier, string? providerUrn, int change) =>
        tier != ApTiers.TargetedSupport && providerUrn is { } urn ? [(urn, change)] : [];
}
