namespace SendPlatform.PupilMovements.Domain.Oversight;

/// <summary>
/// The alerts a movement raises the moment it is recorded (1 to 3), and the occurrences the scheduled sweep finds
/// once time has passed (4 and 5), with the <see cref="OversightThresholds"/> in force. Alert 6 is
/// <see cref="OffRollingRule"/>.
/// </summary>
public static class OversightRules
{
    private static readonly MovementType[] LeavingTypes = [MovementType.Deletion, MovementType.Ehe, MovementType.MissingEducation];

    public static IEnumerable<AlertOccurrence> ForMovement(PupilMovement m, OversightThresholds thresholds)
    {
        var setting = m.FromUrn ?? m.ToUrn;
        if (m.Type == MovementType.Deletion && m.ToUrn is null && m.Destination == Destinations.Unknown)
            yield return new(AlertType.DeletedToUnknownDestination, $"unknown-destination:{m.Id}", m.ResponsibleLaCode, m.Upn, m.FromUrn, null,
                $"Deleted from {m.FromUrn} on {m.EffectiveDate:yyyy-MM-dd} with no known destination.");

        if (LateNotification(m, thresholds) is { } reason)
            yield return new(AlertType.LateNotification, $"late:{m.Id}", m.ResponsibleLaCode, m.Upn, setting, null, reason);

        if (m.Pupil.SenProvision == "E" && LeavingTypes.Contains(m.Type) && m.ToUrn is null && !(m.Destination is { } d && Destinations.IsOtherLa(d)))
            yield return new(AlertType.EhcPlanLeftWithoutDestination, $"ehc-plan-no-destination:{m.Id}", m.ResponsibleLaCode, m.Upn, m.FromUrn, null,
                $"A pupil with an EHC plan left {(m.FromUrn is null ? "education" : m.FromUrn)} on {m.EffectiveDate:yyyy-MM-dd} ({m.Type}) with no school or other LA to go to.");
    }

    /// <summary>
    /// Alert 2. A deletion is late if notified after the day it took effect: the regulations have the school tell the
    /// LA no later than it deletes the pupil. Anything else is late after the admission limit in school days.
    /// </summary>
    private static string? LateNotification(PupilMovement m, OversightThresholds thresholds)
    {
        var notified = EnglandCalendar.DateOf(m.NotifiedAt);
        if (m.Type == MovementType.Deletion)
            return notified > m.EffectiveDate
                ? $"A deletion effective {m.EffectiveDate:yyyy-MM-dd} was notified on {notified:yyyy-MM-dd}, after the day of deletion."
                : null;
        var late = WorkingDays.Between(m.EffectiveDate, notified);
        return late > thresholds.AdmissionNotificationSchoolDays
            ? $"A {m.Type} effective {m.EffectiveDate:yyyy-MM-dd} was notified on {notified:yyyy-MM-dd}, {late} school days later (the limit is {thresholds.AdmissionNotificationSchoolDays})."
            : null;
    }

    /// <summary>Alert 4: open on the day after its planned end.</summary>
    public static bool IsOverdue(ApPlacement placement, DateOnly today) =>
        placement.Tier == ApTiers.TimeLimited && placement.EndedOn is null && placement.PlannedEndDate is { } end && today > end;

    public static AlertOccurrence Overdue(ApPlacement p) =>
        new(AlertType.OverdueApPlacement, $"overdue-placement:{p.PlacementId}", p.LaCode, p.Upn, p.ProviderUrn, null,
            $"A time-limited AP placement planned to end on {p.PlannedEndDate:yyyy-MM-dd} is still open.");

    /// <summary>Alert 5: with no setting (and not EHE or EOTAS) on more than the threshold's school days since.</summary>
    public static bool IsMissingEducation(PupilStatus status, string? destination, DateOnly since, DateOnly today, OversightThresholds thresholds) =>
        RegisteredPupil.WithoutEducation(status, destination) && WorkingDays.Between(since, today) > thresholds.MissingEducationSchoolDays;

    public static AlertOccurrence MissingEducation(string upn, string laCode, DateOnly since, DateOnly today) =>
        new(AlertType.MissingEducation, $"missing-education:{upn}:{since:yyyy-MM-dd}", laCode, upn, null, null,
            $"No setting since {since:yyyy-MM-dd}: {WorkingDays.Between(since, today)} school days.");
}
