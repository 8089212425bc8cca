namespace SendPlatform.InclusionDashboard.Data;

/// <summary>The status a movement left a pupil in from its date, under the pupil's keyed hash (never the UPN).</summary>
public sealed class PupilStatusPoint
{
    public Guid MovementId { get; set; }
    public string PupilKey { get; set; } = "";
    public DateOnly EffectiveDate { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public string Status { get; set; } = "";
    public string LaCode { get; set; } = "";
}

/// <summary>A spell a pupil was on no school's roll, from its first day up to (not including) To; To null while it lasts.</summary>
public sealed class NotInSchoolSpell
{
    public string PupilKey { get; set; } = "";
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }
    public string Status { get; set; } = "";
    public string LaCode { get; set; } = "";
}
