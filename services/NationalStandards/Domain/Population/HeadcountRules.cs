namespace SendPlatform.NationalStandards.Domain.Population;

/// <summary>
/// What a year's headcounts must be: an academic year from 2012-13 (the first the dashboard shows) to 2099-00, and
/// each line a current LA, once, with 1 to 1,000,000 pupils (the largest LA has about a quarter of a million).
/// </summary>
public static class HeadcountRules
{
    public const long MaxHeadcount = 1_000_000;

    public static string? AcademicYear(string text, Violations v)
    {
        if (SharedKernel.Identifiers.AcademicYear.TryParse(text, out var year) && year.Value.StartYear >= 2012) return year.Value.ToString();
        v.Add("academic_year", "must be an academic year such as 2026-27, from 2012-13");
        return null;
    }

    public static IReadOnlyList<(string LaCode, long Headcount)> Lines(IReadOnlyList<(string LaCode, long Headcount)> lines, Violations v)
    {
        if (lines.Count == 0) v.Add("headcounts", "must name at least one LA");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var (code, headcount) = lines[i];
            if (!LaCode.TryParse(code, out var la, out var reason)) v.Add($"headcounts[{i}].la_code", reason);
            else if (!seen.Add(la.Value.Value)) v.Add($"headcounts[{i}].la_code", $"LA {la.Value.Value} is named more than once");
            if (headcount is < 1 or > MaxHeadcount) v.Add($"headcounts[{i}].headcount", $"must be from 1 to {MaxHeadcount:N0}");
        }
        return [.. lines.Select(l => (l.LaCode.Trim(), l.Headcount))];
    }
}
