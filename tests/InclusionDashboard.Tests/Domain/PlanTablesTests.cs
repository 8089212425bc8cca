using SendPlatform.InclusionDashboard.Domain.Figures;
using SendPlatform.InclusionDashboard.Domain.Periods;

namespace SendPlatform.InclusionDashboard.Tests.Domain;

public sealed class PlanTablesTests
{
    private static readonly DateTimeOffset Day = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);

    private static PlanFact P(string la, string status, int day, PlanSufficiency[] sufficiency, params string[] findings) =>
        new(la, status, Day.AddDays(day), sufficiency, findings);

    private static PlanSufficiency S(string need, string type, string year, int demand, int places) => new(need, type, year, demand, places);

    [Fact]
    public void LAs_count_by_their_current_plans_status_and_sufficiency_sums_public_plans_for_the_periods_academic_year()
    {
        PlanFact[] plans =
        [
            P("931", "Published", 1, [S("ASD", "MAINSTREAM", "2026-27", 120, 100), S("ASD", "STATE_SPECIAL", "2026-27", 30, 35), S("ASD", "MAINSTREAM", "2027-28", 140, 130)]),
            P("931", "Draft", 5, [S("ASD", "MAINSTREAM", "2026-27", 999, 0)]),
            P("825", "NeedsReview", 1, [S("SEMH", "AP", "2026-27", 40, 40)]),
            P("202", "Draft", 1, [S("ASD", "MAINSTREAM", "2026-27", 999, 0)]),
        ];
        var tables = PlanTables.Build(plans, laCount: 19, Period.Month(2027, 2), includeDrafts: false);
        Assert.Equal(["1", "1", "1", "16"], tables[0].Rows.Select(r => r.Values.Single()));
        Assert.Equal("Place sufficiency planned for 2026-27", tables[1].Title);
        Assert.Equal([("asd", "150", "135", "15"), ("semh", "40", "40", "0")], tables[1].Rows.Select(r => (r.Id, r.Values[0], r.Values[1], r.Values[2])));
    }

    [Fact]
    public void Blocking_findings_count_each_LAs_latest_draft_for_a_full_viewer_and_a_plan_needing_review_for_all()
    {
        PlanFact[] plans =
        [
            P("931", "Draft", 1, [], "SufficiencyShortfall", "SufficiencyShortfall", "StandardWithoutCommitment"),
            P("931", "Draft", 3, [], "SufficiencyShortfall"),          // the latest draft speaks for the LA
            P("931", "Published", 2, []),
            P("825", "NeedsReview", 2, [], "StandardsSuperseded"),
            P("825", "Draft", 4, [], "StandardsSuperseded", "ApTierWithoutPlaces", "SomethingNew"),
        ];

        Dictionary<string, string> Rows(bool includeDrafts) => PlanTables.Build(plans, 19, Period.AcademicYear(2026), includeDrafts)[2].Rows
            .ToDictionary(r => r.Id, r => string.Join(" ", r.Values));

        var full = Rows(includeDrafts: true);
        Assert.Equal("1 1", full["sufficiency_shortfall"]);
        Assert.Equal("0 0", full["standard_without_commitment"]);
        Assert.Equal("2 1", full["standards_superseded"]);
        Assert.Equal("1 1", full["ap_tier_without_places"]);
        Assert.Equal("1 1", full["something_new"]);
        var others = Rows(includeDrafts: false);
        Assert.Equal("0 0", others["sufficiency_shortfall"]);
        Assert.Equal("1 1", others["standards_superseded"]);
        Assert.False(others.ContainsKey("something_new"));
    }
}
