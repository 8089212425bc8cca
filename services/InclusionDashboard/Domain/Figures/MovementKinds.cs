namespace SendPlatform.InclusionDashboard.Domain.Figures;

/// <summary>
/// The movements counted, in the order they are shown. Each is counted once per recorded movement whose effective
/// date falls in the period, in the LA responsible for the pupil when it was recorded, and at each setting it names.
/// </summary>
public static class MovementKinds
{
    public static readonly IReadOnlyList<MovementKind> All =
    [
        new("Admission", "admissions", "Admissions", "Pupils admitted to a school's or AP setting's register."),
        new("Deletion", "deletions", "Deletions from roll", "Pupils deleted from a register, on a ground of the School Attendance (Pupil Registration) (England) Regulations 2024."),
        new("Suspension", "suspensions", "Suspensions", "Suspensions (fixed-period exclusions) recorded."),
        new("PermanentExclusion", "permanent_exclusions", "Permanent exclusions", "Permanent exclusions recorded."),
        new("Ehe", "elective_home_education", "Elective home education", "Pupils whose parents chose to educate them at home (EHE)."),
        new("Eotas", "eotas", "Education otherwise than at school", "Pupils the LA arranged education for otherwise than at school (EOTAS)."),
        new("MissingEducation", "missing_education", "Children missing education", "Pupils recorded as missing education: whereabouts unknown (CME)."),
        new("MovedToOtherLa", "moves_to_another_la", "Moves to another LA", "Pupils who moved to another local authority's area."),
        new("IntoAp", "moves_into_ap", "Moves into AP", "Pupils placed in alternative provision."),
        new("OutOfAp", "moves_out_of_ap", "Moves out of AP", "Pupils leaving an alternative provision placement."),
        new("ManagedMove", "managed_moves", "Managed moves", "Pupils moved to another school by agreement (a managed move)."),
        new("OffSiteDirection", "off_site_directions", "Off-site directions", "Pupils directed off-site to improve their behaviour."),
    ];
}
