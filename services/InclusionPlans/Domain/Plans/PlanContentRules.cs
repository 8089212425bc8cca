using SendPlatform.InclusionPlans.Domain.Compliance;

namespace SendPlatform.InclusionPlans.Domain.Plans;

/// <summary>
/// What a plan's content must be to be kept at all (as opposed to compliance findings, which a draft may have): a
/// period of one to five academic years, every commitment for a standard of the version it answers, every need and
/// provision type a national code, one number per year of the period, and each need/type and tier given once.
/// </summary>
public static class PlanContentRules
{
    public const int MaxYears = 5;
    public const int MaxPlaces = 1_000_000;
    public const int MaxLines = 1_000;
    public const int MaxText = 4_000;

    public static void Check(PlanContent c, StandardsFacts standards, IReadOnlySet<string> provisionTypes, Violations v)
    {
        if (c.PeriodStartYear is < 2020 or > 2090) v.Add("content.period_start_year", "must be an academic year from 2020 to 2090");
        if (c.Years is < 1 or > MaxYears) v.Add("content.period_end_year", $"must be 1 to {MaxYears} years after period_start_year");
        if (c.Commitments.Count > MaxLines || c.Sufficiency.Count > MaxLines) v.Add("content", $"at most {MaxLines} commitments and {MaxLines} sufficiency lines");
        var years = c.Years is >= 1 and <= MaxYears ? c.Years : (int?)null;

        for (var i = 0; i < c.Commitments.Count; i++)
        {
            var m = c.Commitments[i];
            var at = $"content.commitments[{i}]";
            if (!standards.Has(m.StandardCode)) v.Add($"{at}.standard_code", $"'{m.StandardCode}' is not a standard of {standards.Version}");
            Text(m.Actions, $"{at}.actions", v);
            Text(m.Owner, $"{at}.owner", v);
        }

        for (var i = 0; i < c.Sufficiency.Count; i++)
        {
            var s = c.Sufficiency[i];
            var at = $"content.sufficiency[{i}]";
            if (PrimaryNeeds.Find(s.NeedCode) is null) v.Add($"{at}.need_code", $"'{s.NeedCode}' is not a primary need code");
            if (!provisionTypes.Contains(s.ProvisionType)) v.Add($"{at}.provision_type", $"'{s.ProvisionType}' is not a national provision type");
            Places(s.CurrentPlaces, $"{at}.current_places", v);
            PerYear(s.ForecastDemand, years, $"{at}.forecast_demand", v);
            PerYear(s.PlannedNewPlaces, years, $"{at}.planned_new_places", v);
        }
        foreach (var twice in c.Sufficiency.GroupBy(s => (s.NeedCode, s.ProvisionType)).Where(g => g.Count() > 1))
            v.Add("content.sufficiency", $"{twice.Key.NeedCode} in {twice.Key.ProvisionType} is given more than once");

        for (var i = 0; i < c.ApService.Count; i++)
            PerYear(c.ApService[i].Places, years, $"content.ap_service[{i}].places", v);
        foreach (var twice in c.ApService.GroupBy(a => a.Tier).Where(g => g.Count() > 1))
            v.Add("content.ap_service", $"{twice.Key} is given more than once");
    }

    private static void Text(string value, string field, Violations v)
    {
        if (string.IsNullOrWhiteSpace(value)) v.Add(field, "is required");
        else if (value.Length > MaxText) v.Add(field, $"at most {MaxText} characters");
    }

    private static void Places(int value, string field, Violations v)
    {
        if (value is < 0 or > MaxPlaces) v.Add(field, $"must be 0 to {MaxPlaces:N0}");
    }

    private static void PerYear(IReadOnlyList<int> values, int? years, string field, Violations v)
    {
        if (years is { } n && values.Count != n) v.Add(field, $"needs one number for each of the period's {n} years");
        if (values.Any(x => x is < 0 or > MaxPlaces)) v.Add(field, $"each must be 0 to {MaxPlaces:N0}");
    }
}
