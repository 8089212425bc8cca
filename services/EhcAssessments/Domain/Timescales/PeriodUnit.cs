namespace SendPlatform.EhcAssessments.Domain.Timescales;

/// <summary>How the law counts a period: calendar days, working days, weeks or months.</summary>
public enum PeriodUnit
{
    Days,
    WorkingDays,
    Weeks,
    Months,
}
