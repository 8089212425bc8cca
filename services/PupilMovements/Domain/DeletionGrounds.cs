namespace SendPlatform.PupilMovements.Domain;

/// <summary>
/// Grounds for deleting a pupil from the admission register, after the School Attendance (Pupil Registration)
/// (England) Regulations 2024, which make the list exhaustive. Codes are the platform's; a change to the
/// regulations is a change here.
/// </summary>
public static class DeletionGrounds
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>
    {
        "REGISTERED_AT_ANOTHER_SCHOOL",
        "ELECTIVE_HOME_EDUCATION",
        "MOVED_AWAY",
        "PERMANENTLY_EXCLUDED",
        "DIED",
        "CEASED_COMPULSORY_SCHOOL_AGE",
        "LEFT_SIXTH_FORM",
        "NOT_RETURNED_AFTER_LEAVE",
        "MEDICALLY_UNFIT",
        "IN_CUSTODY",
        "CONTINUOUS_ABSENCE",
        "DUAL_REGISTRATION_ENDED",
        "SCHOOL_ATTENDANCE_ORDER_REVOKED",
    };
}
