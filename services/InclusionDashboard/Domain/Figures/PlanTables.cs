using System.Globalization;
using SendPlatform.InclusionDashboard.Domain.Periods;

namespace SendPlatform.InclusionDashboard.Domain.Figures;

/// <summary>
/// Local inclusion plans: how many of the area's LAs have a current plan in each status (published or needing review
/// if they have one, else a draft, else none); the place sufficiency their public plans (published or needing
/// review; a draft is the LA's own until published) plan for the period's academic year, per need; and the blocking
/// findings that stand between each LA and a publishable plan (its latest draft's, and its public plan's if that
/// needs review), drafts counted only for a caller who sees the area in full. Counts of LAs, places and findings, not
/// of children: not suppressed.
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

    private static readonly (string Kind, string Label)[] FindingKinds =
    [
        ("StandardWithoutCommitment", "A national standard no commitment answers"),
        ("SufficiencyShortfall", "Places planned short of forecast demand (per need, provision type and year)"),
        ("ApTierWithoutPlaces", "An AP tier with no places planned"),
        ("StandardsSuperseded", "Answers national standards no longer in force"),
    ];

    public static IReadOnlyList<FigureTable> Build(IReadOnlyList<PlanFact> inForce, int laCount, Period period, bool includeDrafts)
    {
        // Each LA's current plan: its latest public plan, else its latest draft.
        var plans = inForce.GroupBy(p => p.LaCode).Select(g => g.OrderBy(p => !p.IsPublic).ThenByDescending(p => p.ChangedAt).First()).ToList();
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
        return [statusTable, sufficiencyTable, FindingsTable(inForce, includeDrafts)];
    }

    private static FigureTable FindingsTable(IReadOnlyList<PlanFact> inForce, bool includeDrafts)
    {
        var inProgress = inForce.GroupBy(p => p.LaCode).SelectMany(g => new[]
        {
            includeDrafts ? g.Where(p => p.Status == "Draft").MaxBy(p => p.ChangedAt) : null,
            g.Where(p => p.IsPublic).MaxBy(p => p.ChangedAt) is { Status: "NeedsReview" } review ? review : null,
        }.OfType<PlanFact>()).ToList();
        // A kind inclusion-plans adds before it is described here is still counted, under its own name.
        var kinds = FindingKinds.Concat(inProgress.SelectMany(p => p.BlockingFindings).Distinct().Order(StringComparer.Ordinal)
            .Where(k => FindingKinds.All(f => f.Kind != k)).Select(k => (Kind: k, Label: k))).ToList();
        return new FigureTable("plan_blocking_findings", "Blocking findings in plans in progress",
            "Findings of the national-standards compliance check that stop a plan being published, in each of the area's LAs' latest draft " +
            "(shown only to DfE and the LA itself: a draft is the LA's own until published) and in its published plan if that needs review: " +
            "how many findings of each kind, and in how many LAs' plans.",
            SourceEvent, ["Findings", "Local authorities"],
            [.. kinds.Select(k => new FigureRow(ToId(k.Kind), k.Label, "",
                [Text(inProgress.Sum(p => p.BlockingFindings.Count(f => f == k.Kind))), Text(inProgress.Where(p => p.BlockingFindings.Contains(k.Kind)).Select(p => p.LaCode).Distinct().Count())],
                ""))]);
    }

    private static string ToId(string kind) => string.Concat(kind.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static string Text(long n) => n.ToString(CultureInfo.InvariantCulture);
}
