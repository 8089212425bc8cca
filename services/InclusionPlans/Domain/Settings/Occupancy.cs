using SendPlatform.Contracts.IntegrationEvents;

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

    public static IReadOnlyList<(string Urn, int Change)> Changes(PupilMoved e)
    {
        var changes = new List<(string, int)>();
        if (OffRoll.Contains(e.Type) && e.FromUrn is { } from) changes.Add((from, -1));
        if (OntoRoll.Contains(e.Type) && e.ToUrn is { } to) changes.Add((to, +1));
        return changes;
    }

    public static IReadOnlyList<(string Urn, int Change)> Changes(ApPlacementStarted e) =>
        e.Tier != ApTiers.TargetedSupport && e.ProviderUrn is { } urn ? [(urn, +1)] : [];

    public static IReadOnlyList<(string Urn, int Change)> Changes(ApPlacementEnded e) =>
        e.Tier != ApTiers.TargetedSupport && e.ProviderUrn is { } urn ? [(urn, -1)] : [];
}
