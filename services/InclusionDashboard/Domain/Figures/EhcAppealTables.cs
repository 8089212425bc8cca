using SendPlatform.InclusionDashboard.Domain.Disclosure;

namespace SendPlatform.InclusionDashboard.Domain.Figures;

/// <summary>
/// Appeals to the First-tier Tribunal (SEND) on EHC cases in a period, by what they are about: registered, of those
/// after mediation, and ended by outcome, an upheld appeal and the LA's concession counted together as the family's
/// success. One grid, suppressed as a whole, with the subjects' total as its last row.
/// </summary>
public static class EhcAppealTables
{
    public const string Events = "AppealRegistered, AppealDecided";

    /// <summary>ehc-assessments' disagreement subjects, as its events name them.</summary>
    public static readonly (string Subject, string Id, string Label)[] Subjects =
    [
        ("NotToAssess", "not_to_assess", "Refusal to assess"),
        ("NotToIssue", "not_to_issue", "Refusal to issue a plan"),
        ("PlanContents", "plan_contents", "Contents of the plan"),
        ("Ceasing", "ceasing", "Decision to cease the plan"),
    ];

    public static readonly string[] Outcomes = ["Upheld", "Conceded", "Dismissed", "Withdrawn"];

    public static FigureTable Build(AppealTally tally, bool withhold)
    {
        var counts = new long[Subjects.Length, 5];
        for (var r = 0; r < Subjects.Length; r++)
        {
            var subject = Subjects[r].Subject;
            counts[r, 0] = tally.RegisteredBySubject.GetValueOrDefault(subject);
            counts[r, 1] = tally.MediatedBySubject.GetValueOrDefault(subject);
            counts[r, 2] = tally.EndedBySubjectAndOutcome.GetValueOrDefault((subject, "Upheld")) + tally.EndedBySubjectAndOutcome.GetValueOrDefault((subject, "Conceded"));
            counts[r, 3] = tally.EndedBySubjectAndOutcome.GetValueOrDefault((subject, "Dismissed"));
            counts[r, 4] = tally.EndedBySubjectAndOutcome.GetValueOrDefault((subject, "Withdrawn"));
        }
        var grid = new CountGrid(counts, columnTotals: true, rowTotals: false);
        var mask = withhold ? DisclosureControl.Suppress(grid) : new bool[grid.Rows, grid.Columns];
        return new FigureTable("ehc_appeals", "Appeals to the SEND tribunal",
            "Appeals to the First-tier Tribunal (SEND) against an LA's decision on an EHC case: registered in the period, of those after mediation, " +
            "and ended in the period by outcome (upheld, or conceded by the LA before the hearing; dismissed; withdrawn by the family).",
            Events, ["Registered", "Registered after mediation", "Upheld or conceded", "Dismissed", "Withdrawn"],
        [
            .. Subjects.Select((s, r) => FigureRows.Of(s.Id, s.Label, "", grid, mask, r)),
            FigureRows.Of("all", "All appeals", "", grid, mask, grid.DataRows),
        ]);
    }
}
