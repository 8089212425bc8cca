namespace SendPlatform.InclusionDashboard.Domain.Figures;

/// <summary>
/// The grounds for deleting a pupil from the register (School Attendance (Pupil Registration) (England) Regulations
/// 2024) by the codes pupil-movements records, in plain words. A code added there and not yet here is shown as itself.
/// </summary>
public static class DeletionGroundLabels
{
    public const string NotRecorded = "";

    public static readonly IReadOnlyList<(string Code, string Label)> All =
    [
        ("REGISTERED_AT_ANOTHER_SCHOOL", "Registered at another school"),
        ("ELECTIVE_HOME_EDUCATION", "Educated at home by parents' choice"),
        ("MOVED_AWAY", "Moved away"),
        ("PERMANENTLY_EXCLUDED", "Permanently excluded"),
        ("DIED", "Died"),
        ("CEASED_COMPULSORY_SCHOOL_AGE", "Ceased to be of compulsory school age"),
        ("LEFT_SIXTH_FORM", "Left the sixth form"),
        ("NOT_RETURNED_AFTER_LEAVE", "Did not return after leave of absence"),
        ("MEDICALLY_UNFIT", "Certified medically unfit to attend"),
        ("IN_CUSTODY", "In custody"),
        ("CONTINUOUS_ABSENCE", "Continuous absence"),
        ("DUAL_REGISTRATION_ENDED", "Dual registration ended"),
        ("SCHOOL_ATTENDANCE_ORDER_REVOKED", "School attendance order revoked"),
    ];

    public static string LabelOf(string code) => code == NotRecorded ? "Ground not recorded" : All.FirstOrDefault(g => g.Code == code).Label ?? code;
}
