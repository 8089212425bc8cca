namespace SendPlatform.PupilMovements.Domain.Oversight;

/// <summary>
/// The numbers the oversight rules apply, each from its source (docs/domain.md, "Oversight"); configuration section
/// Oversight:Thresholds, so a change of guidance is a setting, not a release.
/// </summary>
public sealed class OversightThresholds
{
    /// <summary>
    /// An admission notified more than this many school days after it took effect is late: the School Attendance
    /// (Pupil Registration) (England) Regulations 2024 give schools 5 days to tell the LA of a new pupil.
    /// </summary>
    public int AdmissionNotificationSchoolDays { get; set; } = 5;

    /// <summary>
    /// A pupil with no setting (and not EHE or EOTAS) for more than this many school days is missing education: the
    /// same regulations ask schools to tell the LA of 10 school days' continuous unauthorised absence.
    /// </summary>
    public int MissingEducationSchoolDays { get; set; } = 10;
}
