using SendPlatform.PupilMovements.Domain;

namespace SendPlatform.PupilMovements.Application;

/// <summary>
/// Who may record and read a pupil's movements, decided only from what the platform holds: the pupil's responsible
/// LA, where the pupil is on roll or placed, and the settings register's area of each URN. What a notification says
/// about itself (its from/to URNs) is checked against those facts, never trusted on its own. Recording and reading
/// are two use cases; their rules sit side by side here so the whole access model reads in one place.
/// </summary>
public static class PupilAccess
{
    private static PermissionDeniedException NotThisPupil() =>
        new("This organisation may not record movements for this pupil: only the responsible local authority, the pupil's current setting, or a setting or area receiving the pupil may.");

    /// <summary>
    /// The LA responsible for the pupil when the caller records this movement, or a refusal. A pupil new to the
    /// platform becomes the responsibility of the notifying LA, or of the notifying setting's LA on the register.
    /// </summary>
    /// <param name="settingAreas">The register's LA for the caller's URN (a setting) or the notification's to_urn (an LA).</param>
    public static string ResponsibleLaFor(CallerOrganisation caller, MovementNotification n, RegisteredPupil? pupil, PupilTimeline timeline,
        IReadOnlyDictionary<string, string> settingAreas)
    {
        var arriving = n.Type is MovementType.Admission or MovementType.IntoAp or MovementType.ManagedMove ? n.ToUrn : null;
        switch (caller.Type)
        {
            case OrganisationType.School or OrganisationType.ApProvider:
            {
                if (n.Type == MovementType.MovedToOtherLa)
                    throw new PermissionDeniedException("Only the responsible local authority records a move to another LA; a setting notifies a deletion.");
                var urn = caller.OrgId;
                var arrivingHere = arriving == urn;
                if (pupil is not null)
                {
                    var onRollHere = timeline.CurrentSettings.Contains(urn) && (n.FromUrn is null || n.FromUrn == urn);
                    return arrivingHere || onRollHere ? pupil.ResponsibleLaCode : throw NotThisPupil();
                }
                // A pupil the platform has not seen: the setting admits them, or has had them since before it notified anything.
                if (!arrivingHere && n.FromUrn != urn) throw NotThisPupil();
                return settingAreas.TryGetValue(urn, out var la)
                    ? la
                    : throw new DomainRuleException($"URN {urn} is not on the national settings register, so no local authority can be made responsible for this pupil; DfE or the setting's LA registers it first.",
                        [new FieldViolation("caller", $"URN {urn} is not on the settings register")]);
            }
            case OrganisationType.La:
            {
                if (pupil is null) return caller.LaCode!;
                if (pupil.ResponsibleLaCode == caller.LaCode)
                {
                    if (n.Type == MovementType.MovedToOtherLa && n.Destination == caller.LaCode)
                        throw new RequestValidationException([new FieldViolation("destination", "must be a different LA from the responsible LA")]);
                    return pupil.ResponsibleLaCode;
                }
                var intoItsArea = arriving is not null && settingAreas.TryGetValue(arriving, out var area) && area == caller.LaCode;
                return intoItsArea ? pupil.ResponsibleLaCode : throw NotThisPupil();
            }
            default:
                throw new PermissionDeniedException("Only settings and local authorities notify movements.");
        }
    }

    /// <summary>The URNs whose area <see cref="ResponsibleLaFor"/> may need for these notifications from this caller.</summary>
    public static IEnumerable<string> SettingsToLocate(CallerOrganisation caller, IEnumerable<MovementNotification> notifications) => caller.Type switch
    {
        OrganisationType.School or OrganisationType.ApProvider => [caller.OrgId],
        OrganisationType.La => notifications.Select(n => n.ToUrn).OfType<string>().Distinct(),
        _ => [],
    };

    /// <summary>
    /// How much of a pupil's timeline the caller sees: all of it for the responsible LA and the current setting, the
    /// movements of its own time for a former setting, nothing (null) for anyone else or an unknown pupil.
    /// </summary>
    public static TimelineView? ViewFor(CallerOrganisation caller, RegisteredPupil? pupil, PupilTimeline timeline)
    {
        if (pupil is null || timeline.Movements.Count == 0) return null;
        if (SeesInFull(caller, pupil, timeline)) return TimelineView.Full(pupil, timeline);
        if (caller.Type is OrganisationType.School or OrganisationType.ApProvider && timeline.Settings.Contains(caller.OrgId))
            return TimelineView.OwnTime(pupil, timeline, caller.OrgId);
        return null;
    }

    public static bool SeesInFull(CallerOrganisation caller, RegisteredPupil pupil, PupilTimeline timeline) => caller.Type switch
    {
        OrganisationType.La => caller.LaCode == pupil.ResponsibleLaCode,
        OrganisationType.School or OrganisationType.ApProvider => timeline.CurrentSettings.Contains(caller.OrgId),
        _ => false,
    };
}
