using SendPlatform.InclusionDashboard.Domain.Figures;

namespace SendPlatform.InclusionDashboard.Tests.Domain;

public sealed class EhcTablesTests
{
    // 40 plans, 18 within 20 weeks, 1,400 weeks in all; without the 6 that had an exception: 34 plans, 17 within, 1,156 weeks.
    private static readonly EhcTally Tally = new(60, 12, 3,
        new EhcTimeliness(40, 18, 1_400 * 7), new EhcTimeliness(34, 17, 1_156 * 7),
        new Dictionary<string, long> { ["ASD"] = 22, ["SEMH"] = 10, ["SLCN"] = 6, [""] = 2 },
        new Dictionary<string, long> { ["NoLongerNecessary"] = 9, ["ReachedMaximumAge"] = 12, ["MovedToAnotherLa"] = 2 });

    private static Dictionary<string, string[]> Rows(FigureTable table) => table.Rows.ToDictionary(r => r.Id, r => (string[])[.. r.Values, r.Total]);

    private static FigureTable Table(IReadOnlyList<FigureTable> tables, string id) => tables.Single(t => t.Id == id);

    [Fact]
    public void Timeliness_is_shown_as_DfE_counts_it_with_and_without_exceptions()
    {
        var rows = Rows(Table(EhcTables.Build(Tally, withhold: false), "ehc_timeliness"));
        // within, after, % within (pc_plans_issued_within_20_weeks), average weeks (avg_weeks_issue_plan), plans issued (plans_issued_den).
        Assert.Equal(["18", "22", "45.0", "35.0", "40"], rows["all_plans"]);
        Assert.Equal(["17", "17", "50.0", "34.0", "34"], rows["excluding_exceptions"]);
    }

    [Fact]
    public void Requests_stand_by_the_decision_and_plans_by_primary_need_add_up_to_the_plans_issued()
    {
        var tables = EhcTables.Build(Tally, withhold: false);
        var requests = Rows(Table(tables, "ehc_requests"));
        Assert.Equal(("60", "12", "3", "75"), (requests["assessed"][0], requests["not_assessed"][0], requests["undecided"][0], requests["all"][0]));
        var needs = Rows(Table(tables, "ehc_plans_by_need"));
        Assert.Equal(["22"], needs["asd"][..1]);
        Assert.Equal(["2"], needs["not_recorded"][..1]);
        Assert.Equal(["40"], needs["all"][..1]);
        Assert.DoesNotContain("nsa", needs.Keys);
    }

    [Fact]
    public void Withheld_small_counts_take_what_would_reveal_them_and_the_shares_taken_from_them()
    {
        var tally = Tally with { RequestsUndecided = 3, AllPlans = new EhcTimeliness(40, 38, 10 * 7 * 40), PlansWithoutExceptions = new EhcTimeliness(34, 33, 10 * 7 * 34) };
        var tables = EhcTables.Build(tally, withhold: true);
        var requests = Rows(Table(tables, "ehc_requests"));
        Assert.Equal("c", requests["undecided"][0]);
        // One c in the column would be its total less the rest: the smallest other is withheld too.
        Assert.Equal("c", requests["not_assessed"][0]);
        var timeliness = Rows(Table(tables, "ehc_timeliness"));
        // 2 after 20 weeks is small: it and its partner go, and the share taken from them; the total and the average stay.
        Assert.Equal(["c", "c", "c", "10.0", "40"], timeliness["all_plans"]);
        Assert.Equal(["c", "c", "c", "10.0", "34"], timeliness["excluding_exceptions"]);
        var needs = Rows(Table(tables, "ehc_plans_by_need"));
        Assert.Equal(("c", "40"), (needs["not_recorded"][0], needs["all"][0]));
    }

    [Fact]
    public void No_plans_issued_shows_no_share_or_average()
    {
        var none = new EhcTally(0, 0, 0, new EhcTimeliness(0, 0, 0), new EhcTimeliness(0, 0, 0), new Dictionary<string, long>(), new Dictionary<string, long>());
        Assert.Equal(["0", "0", "x", "x", "0"], Rows(Table(EhcTables.Build(none, withhold: false), "ehc_timeliness"))["all_plans"]);
    }

    [Fact]
    public void Ceased_plans_stand_by_reason_with_the_small_ones_withheld_outside_the_LA()
    {
        var shown = Rows(Table(EhcTables.Build(Tally, withhold: false), "ehc_ceased_by_reason"));
        Assert.Equal(("9", "12", "2", "0", "23"), (shown["no_longer_necessary"][0], shown["reached_maximum_age"][0], shown["moved_to_another_la"][0], shown["died"][0],
            shown["all"][0]));
        var withheld = Rows(Table(EhcTables.Build(Tally, withhold: true), "ehc_ceased_by_reason"));
        Assert.Equal(("c", "c", "23"), (withheld["moved_to_another_la"][0], withheld["no_longer_necessary"][0], withheld["all"][0]));
    }
}
