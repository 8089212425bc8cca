namespace SendPlatform.InclusionPlans.Domain.Plans;

/// <summary>
/// A plan's substance: the academic years it covers (PeriodStartYear 2026 is 2026-27, up to but not including
/// PeriodEndYear), the national standards version it answers, and its three sections.
/// </summary>
public sealed record PlanContent(
    int PeriodStartYear,
    int PeriodEndYear,
    string StandardsVersion,
    IReadOnlyList<Commitment> Commitments,
    IReadOnlyList<SufficiencyLine> Sufficiency,
    IReadOnlyList<ApServiceLine> ApService)
{
    public int Years => PeriodEndYear - PeriodStartYear;

    public static string AcademicYear(int startYear) => $"{startYear}-{(startYear + 1) % 100:00}";

    public string YearLabel(int yearIndex) => AcademicYear(PeriodStartYear + yearIndex);
}
