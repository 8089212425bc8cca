using System.Globalization;
using SendPlatform.InclusionDashboard.Domain.Disclosure;

namespace SendPlatform.InclusionDashboard.Domain.Figures;

/// <summary>
/// EHC needs assessments in a period, as DfE's "Education, health and care plans" statistics count them: requests
/// received by where they stand; plans issued, within 20 weeks of the request or later, all and excluding those a
/// lawful exception applied to (the timeliness data set's plans_issued_den, plans_issued_within_20_weeks and
/// pc_plans_issued_within_20_weeks, their _ex forms, and the average weeks to issue); and new plans by primary need.
/// And plans ceased by reason. The plans by need add up to the plans issued, so the two tables are suppressed together; a percentage or average
/// is withheld wherever a count it is taken from is.
/// </summary>
public static class EhcTables
{
    public const string RequestEvents = "EhcRequestReceived, AssessmentDecided";
    public const string PlanEvent = "EhcPlanIssued";
    public const string CeasedEvent = "EhcPlanCeased";

    /// <summary>ehc-assessments' reasons for ceasing a plan (Children and Families Act 2014 s45), as its events name them.</summary>
    public static readonly (string Reason, string Id, string Label)[] CeaseReasons =
    [
        ("MovedToAnotherLa", "moved_to_another_la", "Moved to another LA"),
        ("NoLongerNecessary", "no_longer_necessary", "No longer necessary"),
        ("ReachedMaximumAge", "reached_maximum_age", "Reached 25"),
        ("HigherEducation", "higher_education", "Started higher education"),
        ("LeftEducationOrTraining", "left_education_or_training", "Left education or training (19 or over)"),
        ("Died", "died", "Died"),
    ];
    private const string NoNeed = "";

    public static IReadOnlyList<FigureTable> Build(EhcTally tally, bool withhold)
    {
        var requests = new CountGrid(new long[,] { { tally.RequestsAssessed }, { tally.RequestsNotAssessed }, { tally.RequestsUndecided } },
            columnTotals: true, rowTotals: false);
        var timeliness = new CountGrid(new long[,]
        {
            { tally.AllPlans.WithinTwentyWeeks, tally.AllPlans.Issued - tally.AllPlans.WithinTwentyWeeks },
            { tally.PlansWithoutExceptions.WithinTwentyWeeks, tally.PlansWithoutExceptions.Issued - tally.PlansWithoutExceptions.WithinTwentyWeeks },
        }, columnTotals: false);
        var needs = PlanNeeds().Concat(tally.PlansByNeed.Keys.Order(StringComparer.Ordinal)).Where(n => n != NoNeed).Distinct().Append(NoNeed).ToList();
        var byNeed = new long[needs.Count, 1];
        foreach (var (need, count) in tally.PlansByNeed) byNeed[needs.IndexOf(need), 0] = count;
        var needGrid = new CountGrid(byNeed, columnTotals: true, rowTotals: false);

        var ceased = new long[CeaseReasons.Length, 1];
        for (var r = 0; r < CeaseReasons.Length; r++) ceased[r, 0] = tally.CeasedByReason.GetValueOrDefault(CeaseReasons[r].Reason);
        var ceasedGrid = new CountGrid(ceased, columnTotals: true, rowTotals: false);
        var ceasedMask = withhold ? DisclosureControl.Suppress(ceasedGrid) : new bool[ceasedGrid.Rows, ceasedGrid.Columns];

        var requestMask = withhold ? DisclosureControl.Suppress(requests) : new bool[requests.Rows, requests.Columns];
        var planMasks = withhold
            ? TableSet.Suppress([timeliness, needGrid], [new SharedCell(0, 0, timeliness.DataColumns, 1, needGrid.DataRows, 0)])
            : [new bool[timeliness.Rows, timeliness.Columns], new bool[needGrid.Rows, needGrid.Columns]];

        return
        [
            new("ehc_requests", "Requests for an EHC needs assessment",
                "Requests for an EHC needs assessment the LA received in the period, by the LA's decision whether to assess (due within 6 weeks).",
                RequestEvents, ["Requests"],
            [
                FigureRows.Of("assessed", "Assessment agreed", "", requests, requestMask, 0),
                FigureRows.Of("not_assessed", "Assessment refused", "", requests, requestMask, 1),
                FigureRows.Of("undecided", "Awaiting the decision", "", requests, requestMask, 2),
                FigureRows.Of("all", "All requests", "", requests, requestMask, requests.DataRows),
            ]),
            new("ehc_timeliness", "New EHC plans issued within 20 weeks",
                "New EHC plans issued in the period, by whether they came within 20 weeks of the request (SEND Regulations 2014 reg 13(2)); the total " +
                "is all plans issued. The second row leaves out plans a lawful exception to the time limit applied to (reg 13(3)), as DfE does.",
                PlanEvent, ["Within 20 weeks", "After 20 weeks", "Within 20 weeks, %", "Average weeks to issue"],
            [
                Timeliness("all_plans", "All plans", tally.AllPlans, timeliness, planMasks[0], 0),
                Timeliness("excluding_exceptions", "Excluding exceptions", tally.PlansWithoutExceptions, timeliness, planMasks[0], 1),
            ]),
            new("ehc_plans_by_need", "New EHC plans by primary need", "New EHC plans issued in the period, by the primary need in section B.",
                PlanEvent, ["New plans"],
            [
                .. needs.Select((n, r) => FigureRows.Of(n == NoNeed ? "not_recorded" : n.ToLowerInvariant(), n == NoNeed ? "Not recorded" : PrimaryNeeds.Find(n)?.Name ?? n,
                    "", needGrid, planMasks[1], r)),
                FigureRows.Of("all", "All new plans", "", needGrid, planMasks[1], needGrid.DataRows),
            ]),
            new("ehc_ceased_by_reason", "EHC plans ceased by reason", "EHC plans the LA ceased to maintain in the period, by the reason (Children and Families Act 2014 s45).",
                CeasedEvent, ["Plans ceased"],
            [
                .. CeaseReasons.Select((c, r) => FigureRows.Of(c.Id, c.Label, "", ceasedGrid, ceasedMask, r)),
                FigureRows.Of("all", "All plans ceased", "", ceasedGrid, ceasedMask, ceasedGrid.DataRows),
            ]),
        ];
    }

    /// <summary>The primary needs a plan can record: all but NSA, which is for SEN support only.</summary>
    private static IEnumerable<string> PlanNeeds() => PrimaryNeeds.All.Where(n => n.ValidWithSenProvisions.Contains("E")).Select(n => n.Code);

    private static FigureRow Timeliness(string id, string label, EhcTimeliness plans, CountGrid grid, bool[,] mask, int row)
    {
        var figures = FigureRows.Of(id, label, "", grid, mask, row);
        var withheld = mask[row, 0] || mask[row, grid.DataColumns];
        var share = withheld ? DisclosureControl.Suppressed
            : plans.Issued == 0 ? "x"
            : Math.Round(100m * plans.WithinTwentyWeeks / plans.Issued, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture);
        var weeks = mask[row, grid.DataColumns] ? DisclosureControl.Suppressed
            : plans.Issued == 0 ? "x"
            : Math.Round(plans.TotalDays / 7m / plans.Issued, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture);
        return figures with { Values = [.. figures.Values, share, weeks] };
    }
}
