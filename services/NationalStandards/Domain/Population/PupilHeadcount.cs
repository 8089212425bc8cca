namespace SendPlatform.NationalStandards.Domain.Population;

/// <summary>One LA's pupils on roll for an academic year ("2026-27"), as DfE published it.</summary>
public sealed class PupilHeadcount
{
    private PupilHeadcount() { }

    public string AcademicYear { get; private set; } = "";
    public string LaCode { get; private set; } = "";
    public long Headcount { get; private set; }
    public DateTimeOffset PublishedAt { get; private set; }
    public string PublishedBy { get; private set; } = "";

    public static PupilHeadcount Of(string academicYear, string laCode, long headcount, string by, DateTimeOffset now) =>
        new() { AcademicYear = academicYear, LaCode = laCode, Headcount = headcount, PublishedBy = by, PublishedAt = now };
}
