namespace SendPlatform.PupilMovements.Domain.Oversight;

/// <summary>The six oversight alerts; numbers follow the order the rules are listed in the service's issue (#4).</summary>
public enum AlertType
{
    /// <summary>A deletion whose destination is unknown: the pupil may be missing education.</summary>
    DeletedToUnknownDestination = 1,
    /// <summary>A deletion notified after its day; anything else more than 5 school days (Oversight:Thresholds) after it took effect.</summary>
    LateNotification = 2,
    /// <summary>A pupil with an EHC plan left a setting with no school or other LA to go to.</summary>
    EhcPlanLeftWithoutDestination = 3,
    /// <summary>A time-limited AP placement still open a day after its planned end.</summary>
    OverdueApPlacement = 4,
    /// <summary>A pupil with no setting, and not EHE or EOTAS, for more than Oversight:Thresholds:MissingEducationSchoolDays (10) school days.</summary>
    MissingEducation = 5,
    /// <summary>A setting whose deletions of pupils with SEN to no other school are out of line with its peers.</summary>
    OffRollingSignal = 6,
}
