namespace SendPlatform.InclusionDashboard.Domain.Figures;

/// <summary>Of the placements an outcome applies to in a school year, how many met it and how many did not.</summary>
public sealed record ApOutcomeTally(string Outcome, long Met, long NotMet)
{
    public const string EffectiveOutreach = "EFFECTIVE_OUTREACH";
    public const string ImprovedAttendance = "IMPROVED_ATTENDANCE";
    public const string Reintegration = "REINTEGRATION";
    public const string AttainmentEnglishAndMaths = "ATTAINMENT_ENGLISH_AND_MATHS";
    public const string Post16Transitions = "POST16_TRANSITIONS";
}
