namespace SendPlatform.InclusionDashboard.Data;

/// <summary>An LA's pupils on roll for an academic year, as DfE's latest PupilHeadcountsPublished for that year said.</summary>
public sealed class PupilHeadcountRecord
{
    public string AcademicYear { get; set; } = "";
    public string LaCode { get; set; } = "";
    public long Headcount { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
}
