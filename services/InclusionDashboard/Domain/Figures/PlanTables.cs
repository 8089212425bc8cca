using System.Globalization;
using SendPlatform.InclusionDashboard.Domain.Periods;

namespace SendPlatform.InclusionDashboard.Domain.Figures;

/// <summary>
/// Local inclusion plans: how many of the area's LAs have a current plan in each status (published or needing review
/// if they have one, else a draft, else none), and the place sufficiency their public plans (published or needing
/// review; a draft is the LA's own until published) plan for the period's academic year, per need. Counts of LAs and
/// planned places, not of children: shown in full to all.
/// </summary>
public static class PlanTables
{
    public const string SourceEvent = "InclusionPlanStatusChanged";

    private static readonly (string Status, string Id, string Label)[] Statuses =
    [
        ("Published", "published", "Published"),
        ("NeedsReview", "needs_review", "Published, needs review (newer national standards)"),
        ("Draft", "draft", "Draft only"),
        ("", "none", "No plan"),
    ];

    public static IReadOnlyList<FigureTable> Build(IReadOnlyList<CurrentPlan> plans, int laCount, Period period)
    {
        var counts = Statuses.Select(s => s.Status == "" ? laCount - plans.Count : plans.Count(p => p.Status == s.Status)).ToList();
        var statusTable = new FigureTable("inclusion_plans", "Local inclusion plans",
            "The area's local authorities by the status of their current local inclusion plan: published (or published and needing review " +
            "because newer national standards came into force) if they have one, else a draft, else none.",
            SourceEvent, ["Local authorities"],
            [.. Statuses.Select((s, i) => new FigureRow(s.Id, s.Label, "", [Text(counts[i])], ""))]);

        var year = Period.AcademicYearOf(period.Start).Code;
        var lines = plans.Where(p => p.Status is "Published" or "NeedsReview").SelectMany(p => p.Sufficiency).Where(l => l.AcademicYear == year)
            .GroupBy(l => l.NeedCode).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Need: g.Key, Demand: g.Sum(l => l.ForecastDemand), Places: g.Sum(l => l.Places))).ToList();
        var sufficiencyTable = new FigureTable("place_sufficiency", $"Place sufficiency planned for {year}",
            $"For the academic year {year}, per primary need, the forecast demand and the places planned (today's plus new ones so far) in the area's " +
            "published plans, all provision types together, and the places short where demand exceeds them.",
            SourceEvent, ["Forecast demand", "Planned places", "Places short"],
            [.. lines.Select(l => new FigureRow(l.Need.ToLowerInvariant(), l.Need, "", [Text(l.Demand), Text(l.Places), Text(Math.Max(0, l.Demand - l.Places))], ""))]);
        return [statusTable, sufficiencyTable];
    }

    private static string Text(long n) => n.ToString(CultureInfo.InvariantCulture);
}
