namespace SendPlatform.ApCommissioning.Domain.Performance;

/// <summary>A provider's report on one placement for one term; reporting the term again replaces it.</summary>
public sealed class OutcomeReport
{
    private OutcomeReport() { }

    public Guid PlacementId { get; private set; }
    /// <summary>2026 for the school year 2026-27.</summary>
    public int SchoolYear { get; private set; }
    public Term Term { get; private set; }
    public decimal AttendanceBefore { get; private set; }
    public decimal AttendanceDuring { get; private set; }
    public int EnglishSteps { get; private set; }
    public int MathsSteps { get; private set; }
    public int OutreachSessions { get; private set; }
    public OutreachOutcome? Outreach { get; private set; }
    public bool? SustainedTwoTerms { get; private set; }
    public DateTimeOffset ReportedAt { get; private set; }
    public string ReportedBy { get; private set; } = "";

    public static OutcomeReport For(Guid placementId, int schoolYear, Term term) => new() { PlacementId = placementId, SchoolYear = schoolYear, Term = term };

    public void Record(OutcomeFigures f, string by, DateTimeOffset now)
    {
        (AttendanceBefore, AttendanceDuring, EnglishSteps, MathsSteps) = (f.AttendanceBefore, f.AttendanceDuring, f.EnglishSteps, f.MathsSteps);
        (OutreachSessions, Outreach, SustainedTwoTerms) = (f.OutreachSessions, f.Outreach, f.SustainedTwoTerms);
        (ReportedAt, ReportedBy) = (now, by);
    }
}
